/**
 * The one catalogue of errors. Codes are stable API; messages are for people (zh-CN first).
 * Every error response is { error: { code, message, details } }.
 */
export const errorCatalogue = {
  validation_failed: { status: 400, zh: '提交的内容有误，请按提示修改标出的字段。', en: 'Some fields are invalid; see the details.' },
  invalid_json: { status: 400, zh: '请求内容不是有效的 JSON。', en: 'The request body is not valid JSON.' },
  unsupported_media_type: { status: 415, zh: '不支持的内容类型。', en: 'Unsupported content type.' },
  payload_too_large: { status: 413, zh: '提交的内容超过大小限制。', en: 'The request body is too large.' },
  upload_incomplete: {
    status: 400,
    zh: '上传的内容不完整或格式有误（可能是传输中断），请重新上传。',
    en: 'The upload was cut off or malformed; upload the file again.',
  },
  unauthenticated: { status: 401, zh: '请先登录。', en: 'Please log in.' },
  // One answer for an unknown account, a wrong password and a locked account: it must not tell them apart.
  invalid_credentials: {
    status: 401,
    zh: '用户名或密码错误，或账户因连续登录失败已临时锁定（连续 5 次错误锁定 15 分钟）。',
    en: 'Wrong username or password, or the account is locked for a while (5 failures in a row lock it for 15 minutes).',
  },
  password_change_required: { status: 403, zh: '请先修改初始密码。', en: 'You must change your password first.' },
  password_incorrect: { status: 400, zh: '当前密码不正确。', en: 'The current password is wrong.' },
  password_too_weak: {
    status: 400,
    zh: '密码至少 10 位，须同时包含字母和数字，且不能与用户名相同。',
    en: 'Passwords need at least 10 characters with letters and digits, and must differ from the username.',
  },
  password_unchanged: { status: 400, zh: '新密码不能与当前密码相同。', en: 'The new password must differ from the current one.' },
  csrf_invalid: { status: 403, zh: '页面已过期，请刷新后重试。', en: 'The page is out of date; reload and try again.' },
  forbidden: { status: 403, zh: '没有执行此操作的权限。', en: 'You are not allowed to do this.' },
  global_setting_top_body_only: {
    status: 403,
    zh: '节假日安排、问题分类和接访规则是全局设置，只能由最高层级机构的管理员修改。',
    en: 'The holiday calendar, the problem categories and the reception rules are global settings: only administrators of the top body may change them.',
  },
  not_found: { status: 404, zh: '请求的资源不存在。', en: 'Not found.' },
  org_not_found: { status: 404, zh: '机构不存在。', en: 'Body not found.' },
  user_not_found: { status: 404, zh: '用户不存在。', en: 'User not found.' },
  org_name_taken: { status: 409, zh: '同一上级机构下已有同名机构。', en: 'A body with this name already exists under the same parent.' },
  org_code_taken: { status: 409, zh: '机构编码已被使用。', en: 'The body code is already in use.' },
  org_move_invalid: {
    status: 409,
    zh: '不能将机构移动到其自身或其下级机构之下。',
    en: 'A body cannot be moved under itself or one of its sub-bodies.',
  },
  org_root_immutable: {
    status: 409,
    zh: '不能移动或停用本账户所属的顶级管理机构。',
    en: 'Your own top body cannot be moved or deactivated.',
  },
  org_has_active_children: {
    status: 409,
    zh: '该机构仍有启用的下级机构，请先停用或移走下级机构。',
    en: 'The body still has active sub-bodies.',
  },
  org_has_active_users: { status: 409, zh: '该机构仍有启用的用户，请先停用或调出这些用户。', en: 'The body still has active users.' },
  org_inactive: { status: 409, zh: '该机构已停用。', en: 'The body is deactivated.' },
  region_code_unknown: { status: 400, zh: '行政区划代码不存在。', en: 'Unknown region code.' },
  import_invalid: {
    status: 400,
    zh: '导入文件有错误，未导入任何数据，请按行修改后重新导入。',
    en: 'The file has errors; nothing was imported.',
  },
  import_file_unreadable: {
    status: 400,
    zh: '无法读取导入文件，请使用模板中的 CSV 或 Excel（.xlsx）格式。',
    en: 'The file cannot be read; use CSV or .xlsx.',
  },
  matter_final: {
    status: 409,
    zh: '该信访事项是已复核终结信访事项的重复信访，依据《信访工作条例》第三十六条，以同一事实和理由提出的不再受理，可出具不再受理告知书；信访人提出新的事实和理由的，须在登记中写明并经本机关负责人批准后，方可受理、转送或交办。',
    en: 'This repeats a matter already final on re-examination (Art. 36) and is not accepted again; decline it with the notice, or state the new facts and reasons and have the head of the body approve them before accepting, forwarding or assigning it.',
  },
  new_facts_not_pending: {
    status: 409,
    zh: '没有待批准的新的事实和理由：该信访事项不是已终结事项的重复信访、尚未写明新的事实和理由，或已经批准。',
    en: 'There are no new facts to approve: the petition does not repeat a final matter, states none, or they are approved already.',
  },
  version_conflict: {
    status: 409,
    zh: '该信访事项已被他人修改，请刷新后核对再操作。',
    en: 'Someone else changed this petition; reload it and try again.',
  },
  // Each refusal says why and who may act instead (its wording comes from the lifecycle: workflow.refusal.ts);
  // details.reason is status, body or state. This sentence stands only where no wording is given.
  action_not_allowed: {
    status: 409,
    zh: '该信访事项当前所处环节或本单位职责不允许此项操作。',
    en: 'This action is not allowed in the petition’s current state or for your body.',
  },
  accused_org_unknown: {
    status: 409,
    zh: '该检举控告类信访事项尚未确定被检举控告的单位，为防止转送、交办给被检举控告的单位（《信访工作条例》第三十条），请登记人员先在“更正登记”中选定被检举控告单位或确认无具体单位，再转送、交办。',
    en: 'The accused body of this accusation is not determined yet. To keep it from reaching the accused (Art. 30), a registrar must first set the accused body, or confirm there is none, in a correction.',
  },
  route_to_accused: {
    status: 409,
    zh: '检举控告类信访事项不得转送、交办给被检举控告的单位及其下属单位（《信访工作条例》第三十条）。',
    en: 'An accusation may not be sent to the body it accuses or a body under it (Art. 30).',
  },
  route_target_invalid: {
    status: 409,
    zh: '该机关不是信访事项的办理机关：属于诉讼、仲裁、行政复议等法定途径的，应不予受理并告知信访人途径。',
    en: 'That body does not handle petitions; decline and name the statutory route instead.',
  },
  route_upward: {
    status: 409,
    zh: '不能向上级机关或本级人民政府转送、交办信访事项（《信访工作条例》第二十三条、第二十四条）：交办只能交给本级人民政府所属的机关、单位和下级人民政府，转送只能转给同级或下级有权处理的机关、单位。需要向上级报告的，本系统不提供报告操作，请按规定另行报告。',
    en: 'A petition is not forwarded or assigned upward, to a higher body or to one’s own government (Arts. 23, 24): assignments go to bodies under the assigning government, forwards to empowered bodies at the same level or below. Reporting upward is not an action of this system; report by the usual means.',
  },
  route_out_of_area: {
    status: 409,
    zh: '只能向本级人民政府管辖范围内的机关、单位转送、交办信访事项（《信访工作条例》第二十三条、第二十四条）；所选机关属于其他地区或上级人民政府，不在本机关的转送、交办范围内。',
    en: 'Petitions are forwarded or assigned only to bodies under one’s own government (Arts. 23, 24); the body chosen belongs to another area or to a higher government.',
  },
  return_period_expired: {
    status: 409,
    zh: '已超过五个工作日的异议期限，不能再退回，请签收办理（《信访工作条例》第二十三条）。',
    en: 'The five working days to return the matter have passed (Art. 23); receive and handle it.',
  },
  extension_exceeded: {
    status: 409,
    zh: '延长办理期限累计不得超过三十日（《信访工作条例》第三十四条）。',
    en: 'Extensions may not exceed thirty days in all (Art. 34).',
  },
  assign_due_after_statute: {
    status: 400,
    zh: '交办限定的办理期限不得晚于法定办理期限：法定期限是最长期限，交办机关只能限定更早的日期。',
    en: 'An assignment’s due date may not be later than the statutory one: the statute is the outer limit; the assigning body may only set an earlier date.',
  },
  review_period_expired: {
    status: 409,
    zh: '已超过自收到处理（复查）意见书之日起三十日的申请期限（《信访工作条例》第三十五条、第三十六条）。',
    en: 'The thirty days to ask for review or re-examination have passed (Arts. 35–36).',
  },
  portal_challenge_failed: {
    status: 400,
    zh: '安全校验未通过或已过期，请刷新页面后重新提交。',
    en: 'The security check failed or expired; reload the page and submit again.',
  },
  portal_not_found: { status: 404, zh: '信访事项编号或查询码不正确。', en: 'Wrong petition number or query code.' },
  portal_locked: {
    status: 429,
    zh: '查询码连续输错次数过多，该编号已暂时锁定，请十五分钟后再试。',
    en: 'Too many wrong query codes; this number is locked for fifteen minutes.',
  },
  portal_code_invalid: { status: 400, zh: '验证码不正确或已过期，请重新获取。', en: 'The code is wrong or expired; ask for a new one.' },
  portal_token_invalid: {
    status: 401,
    zh: '查询已过期，请重新输入编号和查询码。',
    en: 'The session expired; enter the number and query code again.',
  },
  portal_rate_limited: {
    status: 429,
    zh: '同一手机号码今日提交次数过多，请明日再试或到信访接待场所反映。',
    en: 'Too many submissions from this phone number today.',
  },
  portal_unavailable: { status: 503, zh: '网上信访暂不可用，请稍后再试。', en: 'Online submission is not available now.' },
  portal_code_rate_limited: {
    status: 429,
    zh: '获取验证码过于频繁，请十分钟后再试。',
    en: 'Too many codes asked for; try again in ten minutes.',
  },
  portal_upload_invalid: {
    status: 400,
    zh: '附件校验未通过：只能提交在本页面上传且未超过 24 小时的附件，请重新上传。',
    en: 'An attachment was not uploaded from this page or has expired; upload it again.',
  },
  portal_upload_quota: {
    status: 429,
    zh: '今日从本网络上传的附件已达上限，请明日再试或到信访接待场所提交材料。',
    en: 'The day’s upload volume from this network is used up; try tomorrow or bring the documents in person.',
  },
  portal_uploads_full: {
    status: 503,
    zh: '附件上传暂不可用，请稍后再试或到信访接待场所提交材料。',
    en: 'Uploads are not available now; try later or bring the documents in person.',
  },
  rating_not_available: { status: 409, zh: '处理意见送达后方可评价。', en: 'You can rate once the decision has been delivered.' },
  rating_window_closed: { status: 409, zh: '已超过评价期限。', en: 'The rating period is over.' },
  rating_exists: { status: 409, zh: '已评价过，不能重复评价。', en: 'Already rated.' },
  review_not_available: {
    status: 409,
    zh: '当前环节不能申请复查或复核：处理（复查）意见书送达且办结后方可申请。',
    en: 'Review can be asked for once the decision has been delivered and the matter concluded.',
  },
  username_taken: { status: 409, zh: '用户名已被使用。', en: 'The username is taken.' },
  self_demotion: { status: 409, zh: '不能撤销自己的系统管理员角色。', en: 'You cannot remove your own administrator role.' },
  role_separation: {
    status: 409,
    zh: '系统管理员与审计员须由不同人员担任（三员分立），同一账户不能同时拥有这两个角色。',
    en: 'The administrator and auditor roles must be held by different people (separation of duties): one account cannot hold both.',
  },
  self_deactivation: { status: 409, zh: '不能停用自己的账户。', en: 'You cannot deactivate your own account.' },
  category_not_found: { status: 404, zh: '问题分类不存在。', en: 'Category not found.' },
  assist_model_not_found: { status: 404, zh: '分类模型版本不存在。', en: 'Model version not found.' },
  assist_model_not_kept: {
    status: 409,
    zh: '该版本的模型参数已不再保留，只能查看其评估结果，不能启用。',
    en: "This version's weights are no longer kept: its figures can be read, but it cannot be put in use.",
  },
  assist_knowledge_not_found: { status: 404, zh: '知识库条目不存在。', en: 'Knowledge-base entry not found.' },
  assist_rule_not_found: { status: 404, zh: '承办单位规则不存在。', en: 'Rule not found.' },
  assist_rule_taken: { status: 409, zh: '已有相同的承办单位规则。', en: 'The same rule already exists.' },
  category_name_taken: { status: 409, zh: '同一上级分类下已有同名分类。', en: 'A category with this name already exists here.' },
  petition_not_found: { status: 404, zh: '信访事项不存在。', en: 'Petition not found.' },
  document_not_found: { status: 404, zh: '文书不存在。', en: 'Document not found.' },
  receipt_not_issued: {
    status: 404,
    zh: '该信访事项没有受理凭证（历史导入的事项不出具受理凭证）。',
    en: 'This petition has no receipt (imported historical petitions are issued none).',
  },
  query_code_mismatch: {
    status: 409,
    zh: '查询码与该信访事项不符（可能已重新生成），不能打印在受理凭证上。',
    en: 'The query code does not belong to this petition (it may have been reissued), so it cannot be printed on the receipt.',
  },
  template_variable_unknown: {
    status: 400,
    zh: '文书模板中有不存在的变量，请从可用变量中选择。',
    en: 'The template uses a variable that does not exist.',
  },
  template_variable_required: {
    status: 400,
    zh: '文书模板缺少法定内容所需的变量（如处理意见书的请求、事实和理由、处理意见、依据、复查途径和期限）。',
    en: 'The template lacks a variable the law requires in this document.',
  },
  attachment_not_found: { status: 404, zh: '附件不存在。', en: 'Attachment not found.' },
  attachment_type_not_allowed: {
    status: 400,
    zh: '不支持的附件类型。可上传图片（JPG、PNG、GIF、WebP）、PDF、音频（MP3、WAV、M4A、AMR）、Word、Excel 或文本文件。',
    en: 'This file type is not accepted.',
  },
  petitioner_required: {
    status: 400,
    zh: '请至少登记一名信访人（仅建议意见类和检举控告类可以匿名）。',
    en: 'At least one petitioner is required.',
  },
  main_petitioner_required: { status: 400, zh: '请指定且只指定一名主要信访人。', en: 'Mark exactly one main petitioner.' },
  representatives_exceeded: {
    status: 400,
    zh: '多人采用走访形式提出同一信访事项的，应当推选代表，代表人数不超过 5 人（《信访工作条例》第二十条）。',
    en: 'A group names at most 5 representatives (Regulations Art. 20).',
  },
  representatives_required: {
    status: 400,
    zh: '5 人以上集体走访的，请登记推选的代表（1 至 5 人）。',
    en: 'A group visit must name 1 to 5 representatives.',
  },
  anonymous_not_allowed: {
    status: 400,
    zh: '只有建议意见类和检举控告类信访事项可以匿名。',
    en: 'Only suggestions and accusations may be anonymous.',
  },
  accused_required: { status: 400, zh: '检举控告类事项请填写被检举控告的人员或单位。', en: 'Name the accused person or body.' },
  external_id_taken: {
    status: 409,
    zh: '该外部编号的信访事项已经登记（导入），不能重复登记。',
    en: 'A petition with this external id is already registered.',
  },
  data_conflict: {
    status: 409,
    zh: '提交的内容与已有数据冲突，请刷新后核对。',
    en: 'The request conflicts with existing data; reload and check.',
  },
  petition_link_invalid: { status: 409, zh: '不能关联或合并到该信访事项。', en: 'This petition cannot be linked or merged to that one.' },
  merge_into_self: { status: 409, zh: '不能将信访事项合并到其自身。', en: 'A petition cannot be merged into itself.' },
  merge_target_merged: {
    status: 409,
    zh: '要合并到的信访事项本身已合并到其他事项，请合并到其主件。',
    en: 'That petition is itself merged into another; merge into that one instead.',
  },
  merge_target_closed: {
    status: 409,
    zh: '要合并到的信访事项已办结、终结或不予受理，只能合并到仍在办理中的事项。',
    en: 'That petition is concluded, final or declined; merge only into a matter still open.',
  },
  merge_target_unrelated: {
    status: 409,
    zh: '只能合并到同一信访人（身份证件号码相同）或同一集体访代表的信访事项。',
    en: 'Merge only into a matter of the same petitioner (same ID number) or the same group’s representatives.',
  },
  petition_merged: {
    status: 409,
    zh: '该信访事项已合并到其他事项，随主件一并办理，不能单独操作；如需单独办理，请由登记机关先撤销合并。',
    en: 'This petition is merged into another and handled with it; the registering body must unmerge it before it can be acted on alone.',
  },
  import_job_not_found: { status: 404, zh: '导入任务不存在。', en: 'Import job not found.' },
  saved_filter_not_found: { status: 404, zh: '筛选方案不存在。', en: 'Saved filter not found.' },
  reception_plan_not_found: { status: 404, zh: '该机构该季度尚无接访计划。', en: 'There is no reception plan for this body and quarter.' },
  reception_slot_not_found: { status: 404, zh: '接访安排不存在。', en: 'Reception slot not found.' },
  reception_place_not_found: { status: 404, zh: '接访场所不存在。', en: 'Reception place not found.' },
  reception_unavailability_not_found: { status: 404, zh: '该请假或会议安排不存在。', en: 'Unavailability entry not found.' },
  reception_plan_published: {
    status: 409,
    zh: '该季度的接访计划已公布，不能重新生成；请逐项调整后重新公布。',
    en: 'The plan is published and cannot be generated again; change its slots and republish.',
  },
  reception_plan_unchanged: {
    status: 409,
    zh: '计划自上次公布以来没有调整，无需重新公布。',
    en: 'Nothing changed since the last publication.',
  },
  reception_violations_unconfirmed: {
    status: 409,
    zh: '计划不符合接访规则（见明细），请确认后再公布。',
    en: 'The plan breaks the reception rules (see the details); confirm to publish it anyway.',
  },
  reception_slot_past: { status: 409, zh: '已经过去的接访安排不能再调整。', en: 'A reception slot in the past cannot be changed.' },
  reception_booking_slot_unavailable: {
    status: 409,
    zh: '该接访安排未公布或已取消，不能预约，请选择其他时间；也可以直接来访。',
    en: 'This reception slot is not published or was cancelled; choose another one, or simply walk in.',
  },
  reception_booking_slot_past: {
    status: 409,
    zh: '该接访安排已经开始或已过去，不能预约。',
    en: 'This reception slot has started or is over.',
  },
  reception_booking_full: {
    status: 409,
    zh: '该次接访预约已满，请选择其他时间；未预约也可以直接来访。',
    en: 'This reception slot is fully booked; choose another one, or simply walk in.',
  },
  reception_booking_duplicate: {
    status: 409,
    zh: '该手机号码已预约本次接访，无需重复预约。',
    en: 'This phone number has already booked this reception slot.',
  },
  reception_booking_not_found: {
    status: 404,
    zh: '预约号（或手机号码）与预约码不符。',
    en: 'Wrong booking number (or phone number) or booking code.',
  },
  reception_booking_locked: {
    status: 429,
    zh: '预约码连续输错次数过多，已暂时锁定，请十五分钟后再试。',
    en: 'Too many wrong booking codes; try again in fifteen minutes.',
  },
  reception_booking_closed: {
    status: 409,
    zh: '该预约已取消、已到访或接访已开始，不能再改约或取消。',
    en: 'This booking is cancelled or used, or its reception has started; it can no longer be moved or cancelled.',
  },
  reception_booking_not_today: {
    status: 409,
    zh: '只能在接访当天登记到访。',
    en: 'A visitor can be checked in only on the day of the reception.',
  },
  reception_visit_not_found: { status: 404, zh: '来访登记不存在。', en: 'Visit not found.' },
  duty_body_unknown: {
    status: 400,
    zh: '机构不存在或不在本机构管辖范围内。',
    en: 'The body does not exist or lies outside your government’s tree.',
  },
  duty_person_not_of_body: { status: 400, zh: '所选人员不是该机构的在岗人员。', en: 'The person is not active staff of that body.' },
  duty_rotation_empty: {
    status: 400,
    zh: '轮值名单不能为空：带班领导、值班中层和值日员各至少一人，值日员人数不少于每班人数。',
    en: 'The rotation is empty: at least one leader, one manager and as many officers as a shift needs.',
  },
  duty_range_too_long: { status: 400, zh: '一次最多生成 366 天的值班表。', en: 'A roster covers at most 366 days at a time.' },
  duty_range_not_ahead: {
    status: 400,
    zh: '值班表只能从明天起生成，已开始或已过去的班次不能重排。',
    en: 'A roster is generated from tomorrow on: shifts begun or past cannot be rearranged.',
  },
  duty_settings_missing: { status: 409, zh: '该机构尚未设置轮值名单，请先设置。', en: 'The body has no rotation yet; set it up first.' },
  duty_shift_not_found: {
    status: 404,
    zh: '班次不存在（可能已重排或换班）。',
    en: 'Shift not found (it may have been rearranged or swapped).',
  },
  duty_swap_not_found: { status: 404, zh: '换班申请不存在。', en: 'Swap request not found.' },
  duty_swap_self: { status: 400, zh: '不能与自己换班。', en: 'You cannot swap a shift with yourself.' },
  duty_swap_past: { status: 409, zh: '已开始或已过去的班次不能换班。', en: 'A shift that has begun or is past cannot be swapped.' },
  duty_swap_not_own: { status: 403, zh: '只能为本人的班次申请换班。', en: 'You can only ask to swap your own shift.' },
  duty_swap_pending: { status: 409, zh: '该班次已有待处理的换班申请。', en: 'A swap of this shift is already pending.' },
  duty_swap_state: { status: 409, zh: '换班申请当前状态下不能进行此操作。', en: 'The swap request is not in a state that allows this.' },
  duty_swap_not_colleague: {
    status: 403,
    zh: '只有被申请换班的同事可以同意或拒绝。',
    en: 'Only the colleague asked may accept or decline.',
  },
  duty_swap_not_entitled: {
    status: 403,
    zh: '只有该机构的领导（非换班当事人）可以审批换班。',
    en: 'Only a leader of that body who is not party to the swap may approve or refuse it.',
  },
  dispute_not_found: { status: 404, zh: '矛盾纠纷不存在或不在本单位的管辖范围内。', en: 'Dispute not found.' },
  dispute_version_conflict: {
    status: 409,
    zh: '该矛盾纠纷已被他人修改，请刷新后核对再操作。',
    en: 'Someone else changed this dispute; reload it and try again.',
  },
  dispute_action_not_allowed: {
    status: 409,
    zh: '该矛盾纠纷当前所处环节或本单位职责不允许此项操作。',
    en: 'This action is not allowed in the dispute’s current state or for your body.',
  },
  dispute_summary_filed: {
    status: 409,
    zh: '本单位该期的矛盾纠纷排查报告已经报送。',
    en: 'Your body has already filed its dispute summary for this period.',
  },
  dispute_meeting_not_found: { status: 404, zh: '会议记录不存在。', en: 'Meeting not found.' },
  meeting_task_not_found: { status: 404, zh: '会议议定事项不存在。', en: 'Meeting decision not found.' },
  meeting_task_done: { status: 409, zh: '该议定事项已经办结。', en: 'This decision has already been carried out.' },
  reception_record_not_found: { status: 404, zh: '接访记录不存在。', en: 'Reception record not found.' },
  reception_leader_unknown: {
    status: 400,
    zh: '接访领导不存在、已停用或不在本机构管辖范围内。',
    en: 'A receiving leader does not exist, is deactivated or is outside your reach.',
  },
  reception_not_leader: {
    status: 400,
    zh: '该用户不是接访规则中计为领导的人员，不能作为接访领导。',
    en: 'This user does not count as a leader under the reception rules.',
  },
  reception_org_unknown: { status: 400, zh: '机构不存在或已停用。', en: 'The body does not exist or is deactivated.' },
  reception_due_past: { status: 400, zh: '办理期限不能早于今天。', en: 'The deadline cannot be in the past.' },
  reception_petition_unknown: {
    status: 400,
    zh: '要关联的信访事项不存在或不在本机构查看范围内。',
    en: 'The petition to link does not exist or is not visible to you.',
  },
  reception_visitor_unknown: {
    status: 400,
    zh: '该来访人不在本接访记录中，请刷新后重试。',
    en: 'The visitor is not on this reception record; reload and try again.',
  },
  reception_visit_not_of_slot: {
    status: 400,
    zh: '所选来访登记或预约不属于本次接访的接访安排（须为同一机构、同一场次或当天未分场次的来访）。',
    en: 'The visit or booking chosen does not belong to this reception’s slot (same body, same slot, or that day without a slot).',
  },
  reception_visit_recorded: {
    status: 409,
    zh: '该来访已登记在另一条接访记录中。',
    en: 'This visit is already part of another reception record.',
  },
  reception_booking_cancelled: {
    status: 409,
    zh: '该预约已取消，不能作为本次接访的来访人。',
    en: 'This booking was cancelled; it cannot be a visitor of this reception.',
  },
  message_not_found: { status: 404, zh: '消息不存在。', en: 'Message not found.' },
  report_not_found: { status: 404, zh: '统计报告不存在。', en: 'Report not found.' },
  report_not_ready: {
    status: 409,
    zh: '统计报告尚未生成完成（或生成失败），请稍后在报告列表中查看。',
    en: 'The report is not ready (or failed); check the list of reports.',
  },
  idempotency_key_invalid: {
    status: 400,
    zh: 'Idempotency-Key 请求头应为 8 至 128 个可见的英文字符。',
    en: 'The Idempotency-Key header must be 8 to 128 visible ASCII characters.',
  },
  idempotency_key_reused: {
    status: 422,
    zh: '该操作标识（Idempotency-Key）已用于另一项提交，请重新操作。',
    en: 'This Idempotency-Key was already used for a different request; start the action again.',
  },
  idempotency_in_progress: {
    status: 409,
    zh: '同一操作仍在处理中，请稍后刷新页面查看结果，不要重复提交。',
    en: 'The same action is still being processed; reload the page shortly to see its result rather than sending it again.',
  },
  rate_limited: { status: 429, zh: '操作过于频繁，请稍后再试。', en: 'Too many requests; try again later.' },
  internal_error: {
    status: 500,
    zh: '系统内部错误，请稍后重试；如仍有问题，请将请求编号告知管理员。',
    en: 'Internal error; quote the request id to your administrator.',
  },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

/** A stable error code from the catalogue. */
export type ErrorCode = keyof typeof errorCatalogue;

/** One field at fault, by its path in the request. */
export interface FieldError {
  path: string;
  message: string;
}

/** The words of one occurrence of an error, where the catalogue's sentence is too general (a refusal saying why and who). */
export interface Wording {
  zh: string;
  en: string;
}

/** The error every service throws; the error handler turns it into the response. */
export class AppError extends Error {
  /** Named as Fastify names it, so plugins that throw our errors keep the status. */
  readonly statusCode: number;
  constructor(
    readonly code: ErrorCode,
    readonly details: Record<string, unknown> = {},
    readonly wording?: Wording,
  ) {
    super(code);
    this.statusCode = errorCatalogue[code].status;
  }
}

/** A validation error on named fields (same shape as schema validation errors). */
export function fieldError(path: string, message: string): AppError {
  return new AppError('validation_failed', { fields: [{ path, message }] satisfies FieldError[] });
}

/** The message of a code in the request's language. */
export function errorMessage(code: ErrorCode, lang: 'zh' | 'en'): string {
  return errorCatalogue[code][lang];
}

import { useTranslation } from 'react-i18next';
import { Card } from '../../../ui';
import type { PetitionDetail } from '../../petitions/api/types';
import { responsibilityRows } from '../model';
import { AssignmentsCard } from './sections/AssignmentsCard';
import { BacklogAlert } from './sections/BacklogAlert';
import { Pre } from './sections/common';
import { DecisionsCard } from './sections/DecisionDocument';
import { DeclineCard } from './sections/DeclineCard';
import { ExtensionsCard } from './sections/ExtensionsCard';
import { InstructionsCard } from './sections/InstructionsCard';
import { OwnershipCard } from './sections/OwnershipCard';
import { ProceedingsCard } from './sections/ProceedingsCard';
import { RecordsCard } from './sections/RecordsCard';
import { ResponsibilityCard } from './sections/ResponsibilityCard';
import { SupervisionsCard } from './sections/SupervisionsCard';

/** The handling workflow of the detail: every section that has something to show (one file each in sections/). */
export function WorkflowSections({ petition }: { petition: PetitionDetail }) {
  const { t } = useTranslation();
  const w = petition.workflow;
  if (!w) return null; // a server without the workflow
  const responsibility = responsibilityRows(petition.holder, w.assignments);
  const showResponsibility = responsibility.some((r) => r.role === 'assist');
  return (
    <>
      {w.decline && <DeclineCard decline={w.decline} />}
      {w.backlog && <BacklogAlert backlog={w.backlog} />}
      {w.instructions.length > 0 && <InstructionsCard items={w.instructions} />}
      {w.ownership && <OwnershipCard ownership={w.ownership} />}
      {w.assignments.length > 0 && <AssignmentsCard items={w.assignments} chain={w.assignChain} />}
      {showResponsibility && <ResponsibilityCard rows={responsibility} />}
      {w.extensions.length > 0 && <ExtensionsCard items={w.extensions} />}
      {w.records.length > 0 && <RecordsCard items={w.records} />}
      {w.decisions.length > 0 && <DecisionsCard items={w.decisions} />}
      {w.report && (
        <Card title={t('workflow.sections.report')} size="small" data-testid="wf-report">
          <Pre text={w.report} />
        </Card>
      )}
      {w.proceedings.length > 0 && <ProceedingsCard items={w.proceedings} />}
      {w.supervisions.length > 0 && <SupervisionsCard items={w.supervisions} />}
    </>
  );
}

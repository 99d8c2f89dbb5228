// The one place that touches antd: features import components from here (the ECharts wrapper from ./Chart, so only
// the statistics pages load ECharts).
export {
  Alert,
  App as AntApp,
  Badge,
  Button,
  Calendar,
  Card,
  Cascader,
  Checkbox,
  Collapse,
  Col,
  DatePicker,
  Descriptions,
  Divider,
  Drawer,
  Dropdown,
  Empty,
  Flex,
  Form,
  Image,
  Input,
  InputNumber,
  Layout,
  List,
  Menu,
  Modal,
  Progress,
  Radio,
  Result,
  Row,
  Select,
  Skeleton,
  Space,
  Spin,
  Switch,
  Tabs,
  Tag,
  Timeline,
  Tooltip,
  Tree,
  TreeSelect,
  Typography,
  Upload,
} from 'antd';
export type { CascaderProps, FormInstance, MenuProps, TableColumnsType, TreeDataNode, UploadFile } from 'antd';
export { Popconfirm, type PopconfirmProps } from './Popconfirm';
export { ReasonDialog } from './ReasonDialog';
export { RowErrorsTable, type RowError } from './RowErrorsTable';
export { ATTENTION_COLOUR, UiProvider } from './UiProvider';
export { Table } from './Table';
export { WideTable, type WideColumn } from './WideTable';
export { Antd, PageHeader, PageHeaderSlot, PAGE_HEADER_HEIGHT, SkipLink, usePageTitle } from './plain';
export { useServerErrors } from './useServerErrors';
export { focusFirstField, useEnterMovesFocus } from './useEnterMovesFocus';
export { useDraft, draftKey, clearDrafts } from './useDraft';
export { useDebounced } from './useDebounced';
export { pathToName, type FieldName } from './serverErrors';
export { formatDate, formatDateTime, formatChineseDate, formatPercent } from './format';
export { chinaDayBound, chinaPickerValue, pickedChinaTime } from './chinaTime';
// Icons are antd's too: features take them from here.
export { ArrowDownOutlined, ArrowUpOutlined, BellOutlined } from '@ant-design/icons';

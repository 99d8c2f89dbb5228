// The one place that touches antd: features import components from here.
export {
  Alert,
  App as AntApp,
  Button,
  Card,
  Cascader,
  Col,
  DatePicker,
  Descriptions,
  Drawer,
  Dropdown,
  Empty,
  Flex,
  Form,
  Input,
  Layout,
  List,
  Menu,
  Modal,
  Popconfirm,
  Result,
  Row,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Tree,
  TreeSelect,
  Typography,
  Upload,
} from 'antd';
export type { CascaderProps, FormInstance, MenuProps, TableColumnsType, TreeDataNode, UploadFile } from 'antd';
export { UiProvider } from './UiProvider';
export { useServerErrors } from './useServerErrors';
export { formatDate, formatDateTime } from './format';

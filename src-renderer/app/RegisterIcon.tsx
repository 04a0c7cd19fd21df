import {
  IconArrowsExchange,
  IconBuilding,
  IconCalendar,
  IconCalendarStats,
  IconCertificate,
  IconChartPie,
  IconCoin,
  IconFileCertificate,
  IconFlag,
  IconGavel,
  IconPrinter,
  IconIdBadge,
  IconList,
  IconListCheck,
  IconNumbers,
  IconPlane,
  IconPresentation,
  IconReceipt,
  IconScale,
  IconSchool,
  IconTarget,
  IconUsers,
  IconUsersGroup,
  IconWorld,
  type IconProps,
} from '@tabler/icons-react';

/** RegisterDef.icon names (tabler names) that the renderer knows; a new name falls back to a list icon. */
const icons: Record<string, React.ComponentType<IconProps>> = {
  world: IconWorld,
  'file-certificate': IconFileCertificate,
  building: IconBuilding,
  target: IconTarget,
  flag: IconFlag,
  calendar: IconCalendar,
  plane: IconPlane,
  users: IconUsers,
  'list-check': IconListCheck,
  coin: IconCoin,
  'chart-pie': IconChartPie,
  receipt: IconReceipt,
  'arrows-exchange': IconArrowsExchange,
  school: IconSchool,
  presentation: IconPresentation,
  'id-badge': IconIdBadge,
  'users-group': IconUsersGroup,
  certificate: IconCertificate,
  'calendar-stats': IconCalendarStats,
  numbers: IconNumbers,
  scale: IconScale,
  gavel: IconGavel,
  printer: IconPrinter,
};

export function RegisterIcon({ name, ...props }: IconProps & { name: string }) {
  const Icon = icons[name] ?? IconList;
  return <Icon stroke={1.6} {...props} />;
}

import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Bootstrap } from './app/Bootstrap';
import { ErrorBoundary } from './app/ErrorBoundary';
import { theme } from './theme';

/** Calendars follow the interface language. */
function LocalizedDates({ children }: { children: React.ReactNode }) {
  const { i18n } = useTranslation();
  return <DatesProvider settings={{ locale: i18n.language === 'en' ? 'en' : 'zh-cn', firstDayOfWeek: 1 }}>{children}</DatesProvider>;
}

export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto">
      {/* Bottom left: drawers open on the right, where their actions and save buttons are. */}
      <Notifications position="bottom-left" limit={3} />
      <ErrorBoundary>
        <LocalizedDates>
          <Bootstrap />
        </LocalizedDates>
      </ErrorBoundary>
    </MantineProvider>
  );
}

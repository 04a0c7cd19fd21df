import { Alert, Button, Code, Container, Stack, Text } from '@mantine/core';
import { Component, type ReactNode } from 'react';
import { i18n } from '../i18n';

/** Last line of defence: a rendering bug shows what to do instead of a blank window. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error) {
    console.error(error);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <Container size="sm" py="xl">
        <Alert color="red" title={i18n.t('error.title')} data-testid="error-boundary">
          <Stack gap="sm">
            <Text size="sm">{i18n.t('error.boundary')}</Text>
            <Code block>{`${error.name}: ${error.message}`}</Code>
            <Button w="fit-content" onClick={() => location.reload()}>
              {i18n.t('error.reload')}
            </Button>
          </Stack>
        </Alert>
      </Container>
    );
  }
}

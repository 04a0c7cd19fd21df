import { Text, Tooltip, type TextProps } from '@mantine/core';
import { useState } from 'react';

/** One line that ends in an ellipsis when it does not fit, with the whole text in a tooltip only then. */
export function TruncatedText({ children, ...props }: TextProps & { children: string }) {
  const [opened, setOpened] = useState(false);
  return (
    <Tooltip label={children} opened={opened} multiline maw={420} withinPortal openDelay={200}>
      <Text
        size="sm"
        truncate="end"
        {...props}
        onMouseEnter={(e) => setOpened(e.currentTarget.scrollWidth > e.currentTarget.clientWidth)}
        onMouseLeave={() => setOpened(false)}
      >
        {children}
      </Text>
    </Tooltip>
  );
}

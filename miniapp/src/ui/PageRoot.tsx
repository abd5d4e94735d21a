import type { CSSProperties, PropsWithChildren } from 'react';
import { View } from '@tarojs/components';
import { observer } from 'mobx-react-lite';
import { useStores } from '../stores/storeContext';

/**
 * The root element of every page, its main landmark: `.page`, and in 长辈模式 `.elder` with the text
 * scale the system's font size asks for (`--text-scale`, see elderMode.css), so that one switch reaches
 * every screen.
 */
export const PageRoot = observer(function PageRoot({
  className,
  children,
}: PropsWithChildren<{ className?: string }>) {
  const { elderMode } = useStores();
  const classes = ['page', elderMode.on ? 'elder' : '', className ?? ''].filter(Boolean).join(' ');
  const style = elderMode.on ? ({ '--text-scale': String(elderMode.textScale) } as CSSProperties) : undefined;
  return (
    <View className={classes} style={style} role="main">
      {children}
    </View>
  );
});

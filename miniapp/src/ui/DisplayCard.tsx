import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { DisplayRow } from '../display/detailTabs';

/** Props of {@link DisplayCard}. */
export interface DisplayCardProps {
  rows: readonly DisplayRow[];
  title?: string | undefined;
  className?: string;
  /** Makes the whole card a button (a result row that opens its 详情). */
  onClick?: () => void;
  /** Shown under the rows (a row with a button). */
  children?: ReactNode;
}

/** Label–value lines on a white card: a result row, a goods line, a vehicle… */
export function DisplayCard({ rows, title, className, onClick, children }: DisplayCardProps) {
  return (
    <View className={`display-card ${className ?? ''}`} {...(onClick ? { role: 'button', onClick } : {})}>
      {title && <View className="display-card__title">{title}</View>}
      {rows.map((row) => (
        <View key={row.label} className="display-card__row">
          <Text className="display-card__label">{row.label}</Text>
          <Text className="display-card__value">{row.value}</Text>
        </View>
      ))}
      {children}
    </View>
  );
}

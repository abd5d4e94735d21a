import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { DisplayRow } from '../display/detailTabs';

/** Props of {@link DisplayCard}. */
export interface DisplayCardProps {
  rows: readonly DisplayRow[];
  title?: string | undefined;
  className?: string;
  /** Makes the whole card a button (a result row that opens its 详情). */
  onClick?: () => void;
  /**
   * With `onClick`: a button of this label opens the card, and the card itself is no button (it stays
   * tappable), for a card that holds buttons of its own: a button may not hold another.
   */
  openLabel?: string;
  /** Shown under the rows (a row with a button). */
  children?: ReactNode;
}

/** Label–value lines on a white card: a result row, a goods line, a vehicle… */
export function DisplayCard({ rows, title, className, onClick, openLabel, children }: DisplayCardProps) {
  return (
    <View
      className={`display-card ${className ?? ''}`}
      {...(onClick ? { onClick, ...(openLabel === undefined ? { role: 'button' } : {}) } : {})}
    >
      {title && <View className="display-card__title">{title}</View>}
      {rows.map((row) => (
        <View key={row.label} className="display-card__row">
          <Text className="display-card__label">{row.label}</Text>
          <Text className="display-card__value">{row.value}</Text>
        </View>
      ))}
      {onClick && openLabel !== undefined && (
        <Button
          size="small"
          className="display-card__open"
          onClick={(event) => {
            event.stopPropagation();
            onClick();
          }}
        >
          {openLabel}
        </Button>
      )}
      {children}
    </View>
  );
}

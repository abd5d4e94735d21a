import { ENTRY_DECLARATION_FIELDS } from './entryDeclarationFields';
import type { DeclarationTab, FieldDefinition } from './fieldDefinition';
import { IMPORT_DECLARATION_FIELDS } from './importDeclarationFields';
import type { DeclarationKind } from './submitPolicy';
import type { DeclarationPart } from './validators/validateDeclarationInput';

/** A list of a declaration, edited line by line: every part but the header. */
export type ListPart = Exclude<DeclarationPart, 'header'>;

/** The title of each list, as the manual names its section and its 详情 tab. */
export const LIST_TITLES: Readonly<Record<ListPart, string>> = {
  goods: '商品信息',
  qualifications: '商品资质',
  vehicles: '车辆信息',
  attachments: '随附单证',
  entrustedResidents: '委托边民',
};

/** One tab of a declaration's 详情 screen: its title and the parts it shows, in order. */
export interface DetailTabLayout {
  readonly title: string;
  readonly parts: readonly DeclarationPart[];
}

/**
 * How a declaration of one kind is laid out on the phone: the one table the 申报 form and the 详情
 * screen both read, so that they show the same parts in the same order.
 */
export interface DeclarationLayout {
  /** The field definitions of each part the declaration has. */
  readonly fields: Readonly<Partial<Record<DeclarationPart, readonly FieldDefinition[]>>>;
  /**
   * The 申报 screen's tabs ("基本信息、商品信息（包括商品资质）、车辆信息、随附单证"): a header field is
   * on the tab its definition names, a list on its fields' tab.
   */
  readonly formTabs: readonly DeclarationTab[];
  /** The lists, in screen order. */
  readonly lists: readonly ListPart[];
  /** The 详情 screen's tabs, where 商品资质 has a tab of its own. 委托边民 follow the header. */
  readonly detailTabs: readonly DetailTabLayout[];
}

/** The layout of 进境申报单 (`entry`) and 进口申报单 (`import`). */
export const DECLARATION_LAYOUTS: Readonly<Record<DeclarationKind, DeclarationLayout>> = {
  entry: {
    fields: ENTRY_DECLARATION_FIELDS,
    formTabs: ['基本信息', '商品信息', '车辆信息', '随附单证'],
    lists: ['entrustedResidents', 'goods', 'qualifications', 'vehicles', 'attachments'],
    detailTabs: [
      { title: '基本信息', parts: ['header', 'entrustedResidents'] },
      { title: '商品信息', parts: ['goods'] },
      { title: '商品资质', parts: ['qualifications'] },
      { title: '车辆信息', parts: ['vehicles'] },
      { title: '随附单证', parts: ['attachments'] },
    ],
  },
  import: {
    fields: IMPORT_DECLARATION_FIELDS,
    formTabs: ['基本信息', '商品信息'],
    lists: ['entrustedResidents', 'goods'],
    detailTabs: [
      { title: '基本信息', parts: ['header', 'entrustedResidents'] },
      { title: '商品信息', parts: ['goods'] },
    ],
  },
};

import { expect, it } from 'vitest';
import { DECLARATION_LAYOUTS, LIST_TITLES } from './declarationLayout';
import type { DeclarationPart } from './validators/validateDeclarationInput';

for (const [kind, layout] of Object.entries(DECLARATION_LAYOUTS)) {
  it(`lays out every part of a ${kind} declaration once on 详情 and on the 申报 form`, () => {
    const parts = Object.keys(layout.fields).sort();
    const shown = layout.detailTabs.flatMap((tab) => tab.parts);
    expect([...shown].sort()).toEqual(parts);
    expect(['header', ...layout.lists].sort()).toEqual(parts);
  });

  it(`puts each field of a ${kind} declaration on one of its form tabs, and a list's fields on one tab`, () => {
    const used = new Set<string>();
    for (const [part, fields] of Object.entries(layout.fields)) {
      const tabs = new Set(fields.map((field) => field.tab));
      if (part !== 'header') expect(tabs.size, part).toBe(1);
      for (const tab of tabs) used.add(tab);
    }
    // Every form tab shows something, and nothing is on a tab the form does not have.
    expect([...used].sort()).toEqual([...layout.formTabs].sort());
  });
}

it('titles the 详情 tabs of lists as the lists are titled', () => {
  for (const layout of Object.values(DECLARATION_LAYOUTS)) {
    for (const { title, parts } of layout.detailTabs) {
      const [first] = parts as [DeclarationPart];
      if (first !== 'header') expect(title).toBe(LIST_TITLES[first]);
    }
  }
});

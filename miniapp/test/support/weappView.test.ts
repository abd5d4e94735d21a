import { expect, it } from 'vitest';
import { eventsAlong, findNodePath, findNodes, nodeText, parseEventBindings } from './weappView';
import type { ViewNode } from './weappView';

/** Templates as Taro's build writes them: a view that binds tap, a static view, an input behind an indirection. */
const BASE_WXML = `
<template name="tmpl_0_0">
  <view hover-class="{{i.p1||'none'}}" bindtouchstart="eh" class="{{i.cl}}" bindtap="eh" catchtouchmove="eh" id="{{i.uid||i.sid}}" data-sid="{{i.sid}}">
  </view>
</template>
<template name="tmpl_0_3">
  <view style="{{i.st}}" class="{{i.cl}}" id="{{i.uid||i.sid}}" data-sid="{{i.sid}}">
  </view>
</template>
<template name="tmpl_0_33">
  <template is="{{xs.c(i, 'tmpl_0_')}}" data="{{i:i,c:c}}" />
</template>
<template name="tmpl_0_33_focus">
  <input value="{{i.p25}}" bindinput="eh" bindtap="eh" id="{{i.uid||i.sid}}" data-sid="{{i.sid}}" />
</template>
<template name="tmpl_1_7">
  <view catchtap="eh" id="{{i.uid||i.sid}}" data-sid="{{i.sid}}"></view>
</template>
<template name="tmpl_0_7">
  <view catchtap="eh" id="{{i.uid||i.sid}}" data-sid="{{i.sid}}"></view>
</template>
`;

const text = (v: string): ViewNode => ({ nn: '9', sid: `t-${v}`, v });

/** A page: a card (view binding tap) holding a static label and an input, and a button showing 查询. */
const ROOT: ViewNode = {
  cn: [
    {
      nn: '0',
      sid: '_A1',
      cl: 'card query-card',
      cn: [
        { nn: '3', sid: '_A2', cl: 'card__label', cn: [text('预录入编号')] },
        { nn: '33', sid: '_A3', cl: 'h5-input' },
      ],
    },
    {
      nn: '0',
      sid: '_B1',
      uid: 'search',
      cl: 'nut-button',
      cn: [{ nn: '3', sid: '_B2', cn: [text(' 查询 ')] }],
    },
  ],
};

it('reads the events each node name binds, inputs through their focus/blur templates', () => {
  const bindings = parseEventBindings(BASE_WXML);
  expect(Object.fromEntries(bindings.get('0') ?? [])).toEqual({
    touchstart: 'bind',
    tap: 'bind',
    touchmove: 'catch',
  });
  expect(bindings.get('3')?.size).toBe(0);
  expect(Object.fromEntries(bindings.get('33') ?? [])).toEqual({ input: 'bind', tap: 'bind' });
  expect(Object.fromEntries(bindings.get('7') ?? [])).toEqual({ tap: 'catch' });
});

it('finds the innermost element by text, class and container, and tells why it cannot', () => {
  const button = findNodePath(ROOT, { text: '查询' });
  expect(button.map((node) => node.sid)).toEqual(['_B1', '_B2']);
  expect(findNodePath(ROOT, { text: '查询', className: 'nut-button' }).at(-1)?.sid).toBe('_B1');
  expect(findNodePath(ROOT, { className: 'h5-input', inside: { className: 'query-card' } }).at(-1)?.sid).toBe(
    '_A3',
  );
  expect(() => findNodePath(ROOT, { text: '删除' })).toThrow('No element "删除" on the page');
  expect(() => findNodePath(ROOT, { className: 'h5-input', inside: { text: /查询/ } })).toThrow(
    'No element .h5-input inside "/查询/" on the page',
  );
  expect(() => findNodePath(ROOT, { inside: { className: 'card' } })).toThrow(
    '2 elements inside .card on the page: ["预录入编号",""]',
  );
});

it("lists every match in document order, and reads a node's text", () => {
  expect(findNodes(ROOT, { text: /查询/ }).map((node) => node.sid)).toEqual(['_B1', '_B2']);
  expect(nodeText(ROOT)).toBe('预录入编号 查询');
});

it('sends a tap to each element up from the target that binds it, as WeChat bubbles it', () => {
  const bindings = parseEventBindings(BASE_WXML);
  const events = eventsAlong(findNodePath(ROOT, { text: '查询' }), 'tap', { x: 0, y: 0 }, bindings);
  expect(events.map(({ target, currentTarget }) => [target.id, currentTarget])).toEqual([
    ['_B2', { id: 'search', dataset: { sid: '_B1' } }],
  ]);

  const input = eventsAlong(findNodePath(ROOT, { className: 'h5-input' }), 'input', { value: '1' }, bindings);
  expect(input).toMatchObject([
    { type: 'input', detail: { value: '1' }, target: { id: '_A3' }, currentTarget: { id: '_A3' } },
  ]);
  const tapInput = eventsAlong(findNodePath(ROOT, { className: 'h5-input' }), 'tap', {}, bindings);
  expect(tapInput.map((event) => event.currentTarget.id)).toEqual(['_A3', '_A1']);
});

it('stops at an element that catches the event', () => {
  const bindings = parseEventBindings(BASE_WXML);
  const path: ViewNode[] = [
    { nn: '0', sid: 'outer' },
    { nn: '7', sid: 'catcher' },
    { nn: '0', sid: 'inner' },
  ];
  expect(eventsAlong(path, 'tap', {}, bindings).map((event) => event.currentTarget.id)).toEqual([
    'inner',
    'catcher',
  ]);
});

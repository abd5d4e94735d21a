import { useEffect, useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, DatePicker, Dialog, NoticeBar, Tabs } from '@nutui/nutui-react-taro';
import type { PickerValue } from '@nutui/nutui-react-taro';
import { observer } from 'mobx-react-lite';
import type { DeclarationTab, FieldDefinition, ListPart } from '@hushi/sdk';
import { MESSAGES } from '../../messages';
import { KIND_LABELS, openPage, restartAt } from '../../routes';
import type { DeclareMode } from '../../routes';
import type { FieldLocation } from '../../stores/DeclarationForm';
import type { SubmitPhase } from '../../stores/SubmitFlow';
import { useDeclarationForm } from '../../stores/useDeclarationForm';
import { BottomPrompt } from '../../ui/BottomPrompt';
import { CodePicker } from '../../ui/CodePicker';
import { formatDateTime } from '../../display/formatDateTime';
import { FormField } from '../../ui/FormField';
import { LineList } from '../../ui/LineList';
import { PageShell } from '../../ui/PageShell';
import { useBlockingLoading } from '../../ui/useBlockingLoading';
import { useDeclarationKind } from '../../ui/useDeclarationKind';
import './index.css';
import { dayAsDate, pickedDay } from '../../ui/pickedDay';

/** The field whose picker is open: a header field, or a field of line `index` of a list. */
interface OpenPicker {
  part: ListPart | 'header';
  index?: number;
  field: FieldDefinition;
}

/** Where the open picker's field is, in the form's terms. */
const locationOf = ({ part, index, field }: OpenPicker): FieldLocation => ({
  part,
  key: field.key,
  ...(index === undefined ? {} : { index }),
});

/** What the screen says while a 申报 runs. */
const PHASE_TEXT: Readonly<Partial<Record<SubmitPhase, string>>> = {
  locating: MESSAGES.locating,
  verifyingFace: MESSAGES.verifyingFace,
  sending: MESSAGES.sending,
};

/**
 * 单据申报 (进境申报单 申报, 进口申报单 申报) and the form of 修改, 复制 and 变更: the tabs of the
 * declaration rendered from the sdk's field tables, 暂存 and 申报 at the bottom (变更: 申报 only), the
 * red prompt at the bottom for invalid input and failed checks.
 */
export default observer(function DeclarePage() {
  const { form, flow } = useDeclarationForm();
  const kind = useDeclarationKind();
  const params = useRouter().params;
  const mode = (params.mode ?? 'new') as DeclareMode;
  const [picker, setPicker] = useState<OpenPicker | undefined>(undefined);
  // 有效期至 and other dates: picked with the date picker, so they always read 2025-12-31.
  const [datePicker, setDatePicker] = useState<OpenPicker | undefined>(undefined);
  useBlockingLoading(flow.busy ? PHASE_TEXT[flow.phase] : undefined);

  // A 暂存 kept while offline went through once the network returned: say so.
  const queued = useRef(false);
  useEffect(() => {
    const waiting = form.queuedSave !== undefined;
    if (queued.current && !waiting && form.prompt === undefined)
      void Taro.showToast({ title: MESSAGES.savedWhenOnline, icon: 'none' });
    queued.current = waiting;
  }, [form.queuedSave, form.prompt]);

  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: `${KIND_LABELS[kind]} 申报` });
    flow.reset();
    void form.start(kind, mode, params.preEntryNumber);
    // Opened once per page: the form then lives in the store.
  }, [flow, form, kind, mode, params.preEntryNumber]);

  // The field the red prompt is about comes into view (its tab is already shown), at once: a field
  // that slides while the user reaches for it is missed, on a slow phone most of all.
  useEffect(() => {
    if (form.invalid)
      Taro.pageScrollTo({ selector: '.form-field--invalid', duration: 0 }).catch(() => undefined);
  }, [form.invalid]);

  // The result screen replaces the form on the same page: it opens at its top, where 申报成功 is, not
  // at the scroll position the 申报 button was tapped from.
  const succeeded = flow.phase === 'succeeded';
  useEffect(() => {
    if (succeeded) Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined);
  }, [succeeded]);

  const openPicker = (at: OpenPicker): void => {
    if (!form.mayOpenPicker(at.field)) return;
    if (at.field.format === 'date') setDatePicker(at);
    else setPicker(at);
  };

  const dateValueOf = (at: OpenPicker): string =>
    form.draft.recordAt(at.part, at.index ?? 0)?.[at.field.key] ?? '';
  const thisYear = new Date().getFullYear();

  const pickDate = (values: readonly PickerValue[]): void => {
    if (!datePicker) return;
    form.setField(locationOf(datePicker), pickedDay(values));
  };

  const pick = (code: string): void => {
    if (!picker) return;
    form.setField(locationOf(picker), code);
    setPicker(undefined);
  };

  const save = async (): Promise<void> => {
    flow.clearMessage();
    if ((await form.saveDraft()) === 'saved') void Taro.showToast({ title: MESSAGES.saved, icon: 'success' });
  };

  const submit = async (relocate: boolean): Promise<void> => {
    if (await (relocate ? flow.relocate() : flow.submit()))
      void Taro.showToast({ title: MESSAGES.submitted, icon: 'success' });
  };

  const renderTab = (tab: DeclarationTab) => (
    <Tabs.TabPane key={tab} title={tab} value={tab}>
      {form.headerFieldsOn(tab).map((field) => (
        <FormField
          key={field.key}
          field={field}
          value={form.draft.header[field.key] ?? ''}
          shown={form.displayValue(field, form.draft.header)}
          invalid={form.isInvalid('header', field.key)}
          onInput={(value) => {
            form.setHeader(field.key, value);
          }}
          {...(form.pickerEntries(field) || field.format === 'date'
            ? {
                onOpenPicker: () => {
                  openPicker({ part: 'header', field });
                },
              }
            : {})}
        />
      ))}
      {form.listsOn(tab).map((part) => (
        <LineList
          key={part}
          part={part}
          onOpenPicker={(listPart, index, field) => {
            openPicker({ part: listPart, index, field });
          }}
        />
      ))}
    </Tabs.TabPane>
  );

  if (flow.phase === 'succeeded') {
    return (
      <PageShell>
        <View className="declare-result">
          <Text className="declare-result__title">{MESSAGES.submitted}</Text>
          <Text className="declare-result__line">{`预录入编号：${form.draft.preEntryNumber ?? ''}`}</Text>
          <Text className="declare-result__line declare-result__status">{`状态：${flow.resultStatus ?? ''}`}</Text>
          <Button
            type="primary"
            block
            onClick={() => {
              restartAt('menu', {});
            }}
          >
            {MESSAGES.backToMenu}
          </Button>
          {form.draft.preEntryNumber && (
            <Button
              block
              onClick={() => {
                if (form.draft.preEntryNumber)
                  openPage('detail', { kind, preEntryNumber: form.draft.preEntryNumber, from: 'records' });
              }}
            >
              {MESSAGES.viewDetail}
            </Button>
          )}
        </View>
      </PageShell>
    );
  }

  const failure = flow.message;
  const offer = form.offer;
  const pickerLoad = picker && form.pickerLoad(picker.field);
  return (
    <PageShell>
      {form.phase === 'loading' && <Text className="muted">{MESSAGES.loading}</Text>}
      {form.phase === 'failed' && <NoticeBar className="error-bar" content={form.loadError ?? ''} wrap />}
      {form.phase === 'ready' && (
        <View className="declare">
          <Tabs
            value={form.activeTab}
            onChange={(value) => {
              form.setActiveTab(value as DeclarationTab);
            }}
          >
            {form.tabs.map(renderTab)}
          </Tabs>
          {flow.busy && <Text className="muted declare__progress">{PHASE_TEXT[flow.phase]}</Text>}
          {form.queuedSave && <NoticeBar className="declare__queued" content={MESSAGES.saveQueued} wrap />}
          <BottomPrompt
            message={failure ?? form.prompt}
            detail={failure ? flow.detail : undefined}
            action={
              failure && flow.canRelocate
                ? { label: MESSAGES.relocate, onClick: () => void submit(true) }
                : undefined
            }
          />
          <View className="declare__actions">
            {form.canSaveDraft && (
              <Button
                className="declare__save"
                loading={form.saving}
                disabled={form.saving || flow.busy}
                onClick={() => void save()}
              >
                {MESSAGES.save}
              </Button>
            )}
            <Button
              type="primary"
              className="declare__submit"
              loading={flow.busy}
              disabled={form.saving || flow.busy}
              onClick={() => void submit(false)}
            >
              {MESSAGES.submit}
            </Button>
          </View>
          <CodePicker
            // A picker of its own per field: one opened while the last one still slides shut starts
            // fresh, instead of inheriting that popup's closing (it stayed shut, without its title).
            key={picker ? `${picker.part}.${String(picker.index ?? '')}.${picker.field.key}` : 'closed'}
            title={picker?.field.label ?? ''}
            entries={picker && form.pickerEntries(picker.field)}
            loading={pickerLoad?.loading ?? false}
            loadError={pickerLoad?.error}
            onRetry={() => void form.siteList.retry()}
            onPick={pick}
            onClose={() => {
              setPicker(undefined);
            }}
          />
          <DatePicker
            title={datePicker?.field.label ?? ''}
            type="date"
            visible={datePicker !== undefined}
            value={dayAsDate(datePicker ? dateValueOf(datePicker) : '')}
            startDate={new Date(thisYear - 10, 0, 1)}
            endDate={new Date(thisYear + 30, 11, 31)}
            onConfirm={(_, values) => {
              pickDate(values);
            }}
            onClose={() => {
              setDatePicker(undefined);
            }}
          />
        </View>
      )}
      <Dialog
        visible={offer !== undefined}
        title={MESSAGES.restoreTitle}
        content={
          offer &&
          `您有一份未提交的${KIND_LABELS[offer.kind]}（${formatDateTime(new Date(offer.keptAt).toISOString())} 填写），是否继续填写？`
        }
        confirmText={MESSAGES.restore}
        cancelText={MESSAGES.discard}
        closeOnOverlayClick={false}
        onConfirm={() => {
          form.acceptOffer();
        }}
        onCancel={() => {
          form.declineOffer();
        }}
      />
    </PageShell>
  );
});

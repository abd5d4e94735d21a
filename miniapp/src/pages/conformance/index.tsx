import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Cell, NoticeBar } from '@nutui/nutui-react-taro';
import { observer } from 'mobx-react-lite';
import type { ConformanceReport, ConformanceStatus } from '@hushi/bridge-spec/conformance';
import { webHostKeys } from '../../services/webHostKeys';
import { ConformanceStore } from '../../stores/ConformanceStore';
import { useStores } from '../../stores/storeContext';
import './index.css';

const STATUS_LABELS: Readonly<Record<ConformanceStatus, string>> = {
  pass: '通过 PASS',
  fail: '失败 FAIL',
  skip: '跳过 SKIP',
};

/** Where the H5 build publishes the last report, for automation (the reference web host's CI test). */
interface ReportGlobal {
  __HUSHI_CONFORMANCE_REPORT__?: ConformanceReport;
}

/**
 * 桥接一致性检查, for host-app developers (registered outside release builds only): runs the bridge
 * conformance suite against the host this app is embedded in, over the app's own binding, and shows
 * the report. It needs no session, so it is not in a PageShell and opens directly by URL. The store is
 * the page's own rather than the RootStore's, so builds without the page carry none of the suite.
 */
export default observer(function ConformancePage() {
  const { services } = useStores();
  // In a web host's frame, the host's signing key comes with the URL: the ticket signatures are checked.
  const [store] = useState(() => new ConformanceStore(services, webHostKeys()));
  const { prompt, report, results } = store;
  const running = store.phase === 'running';

  useEffect(() => {
    if (process.env.TARO_ENV === 'h5' && report) {
      (window as ReportGlobal).__HUSHI_CONFORMANCE_REPORT__ = report;
    }
  }, [report]);

  return (
    <View className="page conformance">
      <View className="conformance__intro">
        供宿主应用开发者使用：在宿主应用中打开本页，按提示准备宿主状态，检查宿主的桥接实现是否符合规范（bridge
        conformance suite）。
      </View>
      <View className="button-row">
        <Button type="primary" disabled={running} onClick={() => void store.start()}>
          开始检查
        </Button>
        <Button
          disabled={!store.reportJson}
          onClick={() => {
            if (store.reportJson) void Taro.setClipboardData({ data: store.reportJson });
          }}
        >
          复制报告
        </Button>
      </View>
      {running && (
        <Text className="conformance__progress">
          检查中：{results.length} / {store.caseCount}
        </Text>
      )}
      {prompt && (
        <Cell.Group
          title={prompt.kind === 'trigger' ? '请让宿主执行（trigger）' : '请准备宿主状态（condition）'}
        >
          <Cell>
            <View className="conformance__prompt">
              <Text className="conformance__condition">{prompt.condition}</Text>
              <Text className="conformance__description">{prompt.description}</Text>
            </View>
          </Cell>
          <View className="button-row">
            <Button
              type="primary"
              onClick={() => {
                store.respond(true);
              }}
            >
              已就绪
            </Button>
            <Button
              disabled={prompt.condition === 'default'}
              onClick={() => {
                store.respond(false);
              }}
            >
              跳过
            </Button>
          </View>
        </Cell.Group>
      )}
      {store.error && <NoticeBar className="error-bar" content={store.error} wrap />}
      {report && (
        <Text className="conformance__totals">
          共 {report.totals.total} 项：通过 {report.totals.pass}，失败 {report.totals.fail}，跳过{' '}
          {report.totals.skip}
          {report.host
            ? `（${report.host.hostName} ${report.host.hostVersion}，桥接 ${report.host.bridgeVersion}）`
            : ''}
        </Text>
      )}
      {results.length > 0 && (
        <View className="conformance__table">
          {results.map((row) => (
            <View key={row.id} className="conformance__row">
              <View className="conformance__row-head">
                <Text className="conformance__case">{row.id}</Text>
                <Text className={`conformance__status conformance__status--${row.status}`}>
                  {STATUS_LABELS[row.status]}
                </Text>
              </View>
              {row.reason && <Text className="conformance__reason">{row.reason}</Text>}
            </View>
          ))}
        </View>
      )}
    </View>
  );
});

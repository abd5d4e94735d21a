/// <reference types="@tarojs/taro" />

/** Base URL of the mock host (or backend) for the WeChat build, set in config/index.ts. */
declare const HUSHI_HOST_URL: string;
/** Comma-separated web host origins the H5 build accepts as its parent frame, set at build time. */
declare const HUSHI_WEB_HOST_ORIGINS: string;
/** Whether this is a release build (no developer pages, no loopback web hosts). */
declare const HUSHI_RELEASE: boolean;

declare module '*.css';

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5';
  }
}

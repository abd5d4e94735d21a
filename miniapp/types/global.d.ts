/// <reference types="@tarojs/taro" />

/** Base URL of the mock host (or backend) for the WeChat build, set in config/index.ts. */
declare const HUSHI_HOST_URL: string;

declare module '*.css';

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5';
  }
}

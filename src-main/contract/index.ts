export * from './channels';
export * from './installation';
export * from './localized';
export * from './records';
export * from './register';
export * from './result';
export * from './transport';

/** Unlocking a passphrase-protected private key before signing. */
export const keysZh = {
  keys: {
    unlockTitle: '输入密钥口令',
    unlockBody: '本机私钥受口令保护。签名导出数据包前，请输入设置保护时的口令；本次运行期间只需输入一次。',
    passphrase: '密钥口令',
    unlock: '解锁并继续',
    cancel: '取消',
  },
};

/** The notice above every page when the database is damaged or the data folder can be read by others. */
export const healthZh = {
  health: {
    damagedTitle: '数据库已损坏，现为只读',
    damaged:
      '打开时的 SQLite 检查发现数据库有损坏的页面。为免损坏扩大，本机不再写入：仍可查看和导出，保存、导入等操作都会被拒绝。请先另存一份副本（交技术人员查看），再从变更日志重建；也可在“备份与恢复”中恢复最近的备份。',
    report: 'SQLite 检查报告：',
    saveCopy: '另存一份副本',
    saved: '副本已保存：{{name}}',
    rebuild: '从变更日志重建…',
    rebuildTitle: '从变更日志重建数据库',
    rebuildBody:
      '将新建一个数据库：复制损坏数据库中仍能读取的各表（本机信息、信任名单、同步记录、设置、变更日志等），再按变更日志重放，重建全部台账、搜索索引和关联。先尝试备份；损坏的文件会改名保留在数据文件夹中，不会删除。变更日志本身损坏的部分无法恢复。',
    rebuildConfirm: '重建',
    cancel: '取消',
    rebuilding: '正在重建（{{percent}}%）…',
    rebuilt: '已重建：重放 {{changes}} 条变更。损坏的文件保留为 {{keptAs}}。正在重新打开…',
    backupFailed: '未能先备份：',
    unreadable: '以下表中有读不出的行，已略过：{{tables}}',
    permissionsTitle: '数据文件夹可被本机其他账户读取',
  },
};

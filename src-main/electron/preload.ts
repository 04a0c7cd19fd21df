import { contextBridge, ipcRenderer } from 'electron';
import type { WorkProgress } from '../contract/progress';
import type { WaibanBridge } from '../contract/transport';
import { invokeChannel, pickFileChannel, progressChannel, saveTargetChannel } from './ipcChannel';

let calls = 0;

/**
 * Runs sandboxed, so it is bundled into one file. The page gets exactly three functions; it never sees
 * ipcRenderer itself, so it cannot send on other channels or listen to anything. A call given onProgress hears
 * its own progress reports only, and only while it runs. The two dialogs answer file handles, never paths.
 */
const bridge: WaibanBridge = {
  invoke: async (channel, input, onProgress) => {
    if (!onProgress) return ipcRenderer.invoke(invokeChannel, channel, input);
    const callId = String(++calls);
    const listener = (_event: unknown, id: unknown, progress: WorkProgress) => {
      if (id === callId) onProgress(progress);
    };
    ipcRenderer.on(progressChannel, listener);
    try {
      return await ipcRenderer.invoke(invokeChannel, channel, input, callId);
    } finally {
      ipcRenderer.off(progressChannel, listener);
    }
  },
  pickFile: (kind) => ipcRenderer.invoke(pickFileChannel, kind),
  chooseSaveTarget: (kind, suggestedName) => ipcRenderer.invoke(saveTargetChannel, kind, suggestedName),
};

contextBridge.exposeInMainWorld('waiban', bridge);

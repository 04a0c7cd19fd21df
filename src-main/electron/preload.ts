import { contextBridge, ipcRenderer } from 'electron';
import type { WaibanBridge } from '../contract/transport';
import { invokeChannel } from './ipcChannel';

/**
 * Runs sandboxed, so it is bundled into one file. The page gets exactly one function; it never sees
 * ipcRenderer itself, so it cannot send on other channels or listen to anything.
 */
const bridge: WaibanBridge = {
  invoke: (channel, input) => ipcRenderer.invoke(invokeChannel, channel, input),
};

contextBridge.exposeInMainWorld('waiban', bridge);

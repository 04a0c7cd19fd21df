import { describe, expect, it } from 'vitest';
import { fileHandleIdPattern, fileHandleSchema } from '../../../src-main/contract';
import { FileHandleRegistry, filesForCall, handleName } from '../../../src-main/rpc/fileHandles';

const picked = { path: '/home/li/文档/数据包/LAW-to-office.waiban', name: 'LAW-to-office.waiban', size: 1234, access: 'read' } as const;
const chosen = { path: 'C:\\Users\\li\\Desktop\\协议.xlsx', name: 'C:\\Users\\li\\Desktop\\协议.xlsx', size: 0, access: 'write' } as const;

describe('file handles: what a window may reach', () => {
  it('gives the window an unguessable id, the file’s own name and its size, never a path', () => {
    const registry = new FileHandleRegistry();
    const handle = registry.issue('window-1', picked);
    expect(Object.keys(handle).sort()).toEqual(['id', 'name', 'size']);
    expect(handle).toMatchObject({ name: 'LAW-to-office.waiban', size: 1234 });
    expect(handle.id).toMatch(fileHandleIdPattern);
    expect(fileHandleSchema.safeParse(handle).success).toBe(true);
    const target = registry.issue('window-1', chosen);
    expect(target.name).toBe('协议.xlsx');
    expect(JSON.stringify([handle, target])).not.toMatch(/[\\/]/);
    expect(registry.issue('window-1', picked).id).not.toBe(handle.id);
  });

  it('resolves a handle for the window it was issued to and the use it was issued for, only', () => {
    const registry = new FileHandleRegistry();
    const read = registry.issue('window-1', picked);
    const write = registry.issue('window-1', chosen);
    expect(registry.resolve('window-1', read.id, 'read')).toEqual({
      file: { path: picked.path, access: 'read', name: read.name, size: 1234 },
    });
    expect(registry.resolve('window-1', write.id, 'write')).toMatchObject({ file: { path: chosen.path, access: 'write' } });
    // Another window's handle reads exactly as an unknown one: its existence is not given away.
    const foreign = registry.resolve('window-2', read.id, 'read');
    const unknown = registry.resolve('window-1', 'f'.repeat(32), 'read');
    expect(foreign).toEqual(unknown);
    expect(unknown).toMatchObject({
      refused: { code: 'FORBIDDEN', message: { zh: expect.stringContaining('重新选择'), en: expect.stringContaining('choose it again') } },
    });
    // A picked file is never a target (its owner's file would be overwritten), nor a target something to read.
    expect(registry.resolve('window-1', read.id, 'write')).toMatchObject({
      refused: { message: { en: expect.stringContaining('picked to be read, not written') } },
    });
    expect(registry.resolve('window-1', write.id, 'read')).toMatchObject({
      refused: { message: { en: expect.stringContaining('save target') } },
    });
  });

  it('forgets a closed window’s handles and those left unused past the idle time', () => {
    let now = 0;
    const registry = new FileHandleRegistry(() => now, 1000);
    const one = registry.issue('window-1', picked);
    const two = registry.issue('window-2', picked);
    expect(registry.dropOwner('window-1')).toEqual([expect.objectContaining({ path: picked.path })]);
    expect(registry.resolve('window-1', one.id, 'read')).toHaveProperty('refused');
    now = 900;
    expect(registry.resolve('window-2', two.id, 'read')).toHaveProperty('file');
    now = 1800;
    expect(registry.resolve('window-2', two.id, 'read')).toHaveProperty('file');
    now = 2900;
    expect(registry.resolve('window-2', two.id, 'read')).toHaveProperty('refused');
    // Handed to the transport once swept, which removes the file where it owns it (the web host's uploads).
    expect(registry.sweep()).toEqual([expect.objectContaining({ path: picked.path })]);
    expect(registry.sweep()).toEqual([]);
  });

  it('resolves the handles a call names where the contract declares them, refusing the whole call on one foreign handle', () => {
    const registry = new FileHandleRegistry();
    const request = registry.issue('window-1', picked);
    const target = registry.issue('window-1', chosen);
    const approval = { file: request, fingerprint: 'ABCD 1234', target };
    const resolved = filesForCall('sync.enrol', approval, registry, 'window-1');
    expect(resolved).toEqual({
      files: {
        [request.id]: { path: picked.path, access: 'read', name: request.name, size: 1234 },
        [target.id]: { path: chosen.path, access: 'write', name: target.name, size: 0 },
      },
    });
    expect(filesForCall('sync.enrol', approval, registry, 'window-2')).toHaveProperty('refused');
    expect(filesForCall('sync.enrol', { ...approval, target: request }, registry, 'window-1')).toHaveProperty('refused');
    // Channels without files, unknown channels and malformed input resolve nothing; dispatch refuses what is malformed.
    expect(filesForCall('records.list', { register: 'partner', file: request }, registry, 'window-1')).toEqual({ files: {} });
    expect(filesForCall('no.such', approval, registry, 'window-1')).toEqual({ files: {} });
    expect(filesForCall('sync.import', { file: 'a path' }, registry, 'window-1')).toEqual({ files: {} });
  });

  it('names a handle by the last part of whatever name it was given', () => {
    expect(handleName('/etc/passwd')).toBe('passwd');
    expect(handleName('..\\..\\协议\\签署版.pdf')).toBe('签署版.pdf');
    expect(handleName('bad\u0000\u0007name.pdf')).toBe('badname.pdf');
    expect(handleName('..')).toBe('file');
    expect(handleName('x'.repeat(300))).toHaveLength(255);
  });
});

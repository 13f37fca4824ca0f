/**
 * How messages reach the server, with the protocol's edges kept:
 *
 * - `FrameReader` reads `Content-Length` frames with a bound on what it holds.
 *   A header block with no length is skipped (nothing claims a body after it);
 *   a length that is not a number, or one over the limit, means the stream can
 *   no longer be trusted, so the reader stops and says why (the server logs it
 *   and exits, and the editor starts a fresh one, which re-sends its documents).
 *   A body that is not JSON is answered with ParseError.
 * - `LifecycleGate` answers what the server must not serve: requests before
 *   `initialize` (ServerNotInitialized), requests after `shutdown`
 *   (InvalidRequest), and JSON that is not a JSON-RPC message (InvalidRequest).
 */
import { createConnection as connectSocket } from 'node:net';
import {
  AbstractMessageReader,
  Disposable,
  ErrorCodes,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageWriter,
  type DataCallback,
  type Message,
  type MessageReader,
  type MessageWriter,
  type PartialMessageInfo,
  type ResponseMessage,
} from 'vscode-languageserver/node';
import { MAX_INPUT_BYTES } from '../loaders/size.js';

/**
 * The largest message read. The largest file speclint reads is MAX_INPUT_BYTES
 * (50 MB); sent whole in a `didOpen` or `didChange`, JSON escaping (each newline
 * and quote takes two bytes) makes it somewhat longer, so twice that leaves room.
 */
export const MAX_MESSAGE_BYTES = 2 * MAX_INPUT_BYTES;
/** Headers are a line or two; more than this without the blank line ending them is not a header. */
const MAX_HEADER_BYTES = 8 * 1024;
const HEADER_END = Buffer.from('\r\n\r\n');

export interface FrameEvents {
  /** A header block with no Content-Length was skipped. */
  skipped: (reason: string) => void;
  /** The framing is broken: the reader has stopped and holds nothing. */
  corrupt: (reason: string) => void;
  /** A complete frame whose body is not JSON. */
  unparsable: (reason: string) => void;
}

export class FrameReader extends AbstractMessageReader {
  private head: Buffer = Buffer.alloc(0);
  private body: Buffer[] = [];
  private bodySize = 0;
  /** The body length being read, or -1 while reading a header. */
  private need = -1;
  private stopped = false;

  constructor(
    private readonly input: NodeJS.ReadableStream,
    private readonly events: FrameEvents,
    private readonly maxMessageBytes = MAX_MESSAGE_BYTES,
  ) {
    super();
  }

  listen(callback: DataCallback): Disposable {
    const onData = (chunk: Buffer | string): void => this.read(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk, callback);
    const onError = (error: Error): void => this.fireError(error);
    const onClose = (): void => this.fireClose();
    this.input.on('data', onData);
    this.input.on('error', onError);
    this.input.on('end', onClose);
    this.input.on('close', onClose);
    return Disposable.create(() => {
      this.input.off('data', onData);
      this.input.off('error', onError);
      this.input.off('end', onClose);
      this.input.off('close', onClose);
    });
  }

  private read(chunk: Buffer, callback: DataCallback): void {
    let data = chunk;
    while (data.length > 0 && !this.stopped) {
      if (this.need === -1) {
        const pending = this.head.length > 0 ? Buffer.concat([this.head, data]) : data;
        const end = pending.indexOf(HEADER_END);
        if (end === -1 || end > MAX_HEADER_BYTES) {
          if (pending.length > MAX_HEADER_BYTES) return this.stop(`a message header longer than ${MAX_HEADER_BYTES} bytes`);
          this.head = pending;
          return;
        }
        this.head = Buffer.alloc(0);
        data = pending.subarray(end + HEADER_END.length);
        const length = this.contentLength(pending.subarray(0, end).toString('latin1'));
        if (length === undefined) continue;
        this.need = length;
        this.body = [];
        this.bodySize = 0;
      }
      const take = Math.min(this.need - this.bodySize, data.length);
      this.body.push(data.subarray(0, take));
      this.bodySize += take;
      data = data.subarray(take);
      if (this.bodySize === this.need) {
        const body = Buffer.concat(this.body);
        this.need = -1;
        this.body = [];
        this.bodySize = 0;
        this.deliver(body, callback);
      }
    }
  }

  /** The body length a header block gives; undefined when the block is skipped or the reader stopped. */
  private contentLength(header: string): number | undefined {
    const values = header
      .split('\r\n')
      .filter((line) => /^content-length\s*:/i.test(line))
      .map((line) => line.slice(line.indexOf(':') + 1).trim());
    if (values.length === 0) {
      this.events.skipped(`skipped a message header with no Content-Length: ${JSON.stringify(header.slice(0, 80))}`);
      return undefined;
    }
    const [value] = values;
    if (values.some((v) => v !== value) || !/^\d{1,15}$/.test(value!)) {
      this.stop(`a message header with an unusable Content-Length: ${JSON.stringify(values.join(', ').slice(0, 80))}`);
      return undefined;
    }
    const length = Number(value);
    if (length > this.maxMessageBytes) {
      this.stop(`a message of ${length} bytes, over the limit of ${this.maxMessageBytes} bytes`);
      return undefined;
    }
    return length;
  }

  private deliver(body: Buffer, callback: DataCallback): void {
    let message: unknown;
    try {
      message = JSON.parse(body.toString('utf8'));
    } catch (error) {
      this.events.unparsable((error as Error).message);
      return;
    }
    callback(message as Message);
  }

  private stop(reason: string): void {
    this.stopped = true;
    this.head = Buffer.alloc(0);
    this.body = [];
    this.events.corrupt(reason);
  }
}

type Phase = 'new' | 'running' | 'shut down';

const isId = (id: unknown): id is string | number => typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id));

/**
 * Passes on what the server should handle and answers the rest itself:
 * the lifecycle rules of the LSP specification, and messages that are not JSON-RPC.
 */
/** Requests with no params of their own. */
const TAKES_NO_PARAMS: ReadonlySet<string> = new Set(['shutdown', 'speclint/stats']);

export class LifecycleGate implements MessageReader {
  private phase: Phase = 'new';

  constructor(
    private readonly inner: MessageReader,
    private readonly writer: MessageWriter,
    private readonly log: (message: string) => void,
  ) {}

  get onError(): MessageReader['onError'] {
    return this.inner.onError;
  }
  get onClose(): MessageReader['onClose'] {
    return this.inner.onClose;
  }
  get onPartialMessage(): (listener: (e: PartialMessageInfo) => unknown) => Disposable {
    return this.inner.onPartialMessage;
  }

  /** Whether `shutdown` has been received (a later exit is then a clean one). */
  get shutDown(): boolean {
    return this.phase === 'shut down';
  }

  listen(callback: DataCallback): Disposable {
    return this.inner.listen((message) => {
      if (this.admit(message)) callback(message);
    });
  }

  dispose(): void {
    this.inner.dispose();
  }

  /** Sends an error response (id null when the message had none). */
  reject(id: unknown, code: number, message: string): void {
    const response: ResponseMessage = { jsonrpc: '2.0', id: isId(id) ? id : null, error: { code, message } };
    this.writer.write(response).catch((error: Error) => this.log(`speclint: could not answer a message: ${error.message}`));
  }

  private admit(message: unknown): boolean {
    if (!message || typeof message !== 'object' || Array.isArray(message)) {
      this.reject(null, ErrorCodes.InvalidRequest, 'Not a JSON-RPC message: expected an object (batches are not supported).');
      return false;
    }
    const { id, method } = message as { id?: unknown; method?: unknown };
    if (typeof method !== 'string') {
      // A response to one of the server's requests passes on; anything else is not JSON-RPC.
      if (isId(id) && ('result' in message || 'error' in message)) return true;
      this.reject(id, ErrorCodes.InvalidRequest, 'Not a JSON-RPC message: it has no method and is not a response.');
      return false;
    }
    if (!('id' in message)) return this.notification(method);
    if (!isId(id)) {
      this.reject(null, ErrorCodes.InvalidRequest, `Request ${method} has an id that is neither a number nor a string.`);
      return false;
    }
    if (this.phase === 'new' && method !== 'initialize') {
      this.reject(id, ErrorCodes.ServerNotInitialized, `The server is not initialized: send initialize before ${method}.`);
      return false;
    }
    if (this.phase === 'shut down') {
      this.reject(id, ErrorCodes.InvalidRequest, `The server has been shut down: ${method} is not served; send exit.`);
      return false;
    }
    // JSON-RPC 2.0: params, when given, are an object or an array; the library reads some (initialize's,
    // a request's progress tokens) before any handler, so other values are answered here.
    // A request that takes none may carry params null, as some clients send shutdown (Emacs's jsonrpc).
    const { params } = message as { params?: unknown };
    if ('params' in message && (typeof params !== 'object' || params === null) && !(params === null && TAKES_NO_PARAMS.has(method))) {
      this.reject(id, ErrorCodes.InvalidParams, `${method}: the params must be an object.`);
      return false;
    }
    if (method === 'initialize') {
      if (typeof params !== 'object' || params === null || Array.isArray(params)) {
        this.reject(id, ErrorCodes.InvalidParams, 'initialize: the params must be an object (InitializeParams).');
        return false;
      }
      this.phase = 'running';
    }
    if (method === 'shutdown') this.phase = 'shut down';
    return true;
  }

  /** Before initialize and after shutdown, notifications are dropped, except exit. */
  private notification(method: string): boolean {
    return this.phase === 'running' || method === 'exit';
  }
}

export interface Transport {
  reader: LifecycleGate;
  writer: MessageWriter;
}

/**
 * The transport the command line names (`--stdio`, `--node-ipc`, `--socket=<port>`,
 * `--pipe=<name>`), or undefined when it names none. Streams are read by a FrameReader;
 * `corrupt` is called once if the framing breaks.
 */
/** The value given to a transport option: `--socket=5007` or `--socket 5007`; undefined when the option is absent. */
export function transportArgument(argv: string[], name: string): string | undefined {
  const i = argv.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
  if (i === -1) return undefined;
  return argv[i]!.includes('=') ? argv[i]!.slice(name.length + 1) : argv[i + 1];
}

export function openTransport(argv: string[], log: (message: string) => void, corrupt: (reason: string) => void): Transport | undefined {
  const value = (name: string): string | undefined => transportArgument(argv, name);
  let input: NodeJS.ReadableStream;
  let writer: MessageWriter;
  if (argv.includes('--stdio')) {
    input = process.stdin;
    writer = new StreamMessageWriter(process.stdout);
  } else if (argv.includes('--node-ipc')) {
    const ipcWriter = new IPCMessageWriter(process);
    return { reader: new LifecycleGate(new IPCMessageReader(process), ipcWriter, log), writer: ipcWriter };
  } else {
    const port = Number.parseInt(value('--socket') ?? '', 10);
    const pipe = value('--pipe');
    if (Number.isInteger(port)) input = connectSocket(port, '127.0.0.1');
    else if (pipe) input = connectSocket(pipe);
    else return undefined;
    // Nobody listening: say so (the editor's log shows stderr) rather than end without a word.
    const where = Number.isInteger(port) ? `port ${port}` : `pipe ${pipe}`;
    let connected = false;
    (input as NodeJS.EventEmitter).once('connect', () => (connected = true));
    (input as NodeJS.EventEmitter).once('error', (error: Error) => {
      process.stderr.write(
        connected
          ? `speclint-lsp: the connection to the editor on ${where} failed (${error.message}).\n`
          : `speclint-lsp: could not connect to the editor on ${where} (${error.message}); check the port or pipe the editor listens on.\n`,
      );
      process.exit(1);
    });
    writer = new StreamMessageWriter(input as NodeJS.ReadWriteStream);
  }
  let gate: LifecycleGate | undefined;
  const frames = new FrameReader(input, {
    skipped: (reason) => log(`speclint: ${reason}`),
    corrupt,
    unparsable: (reason) => gate?.reject(null, ErrorCodes.ParseError, `Parse error: the message is not JSON (${reason}).`),
  });
  gate = new LifecycleGate(frames, writer, log);
  return { reader: gate, writer };
}

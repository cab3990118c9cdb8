import NIOCore

/// What the line decoder passes up the pipeline.
enum ControlInboundFrame: Sendable {
    /// One request line, without its `\n` (and without a trailing `\r`). Never blank.
    case line(ByteBuffer)
    /// A line longer than the limit began; nothing more is read from this connection.
    case tooLarge
}

/// Splits the byte stream into `\n`-terminated lines of at most `maxLineBytes` bytes.
///
/// A longer line is never buffered whole: as soon as `maxLineBytes` bytes without a newline have
/// arrived the decoder emits `.tooLarge`, drops what it holds and discards everything after it, so a
/// connection holds at most the limit plus one socket read. Blank lines are skipped. At end of input
/// an unterminated last line is still a request (`printf '{…}' | socat - UNIX:…` works).
struct ControlLineDecoder: ByteToMessageDecoder {
    typealias InboundOut = ControlInboundFrame

    let maxLineBytes: Int
    /// How many readable bytes were already searched for a newline (so a slowly arriving line is not
    /// searched from its start each time).
    private var searched = 0
    /// Set after `.tooLarge`: every further byte is dropped.
    private var discarding = false

    init(maxLineBytes: Int) {
        precondition(maxLineBytes > 0, "maxLineBytes must be positive")
        self.maxLineBytes = maxLineBytes
    }

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        if discarding {
            buffer.moveReaderIndex(forwardBy: buffer.readableBytes)
            return .needMoreData
        }
        let view = buffer.readableBytesView
        let limit = min(view.count, maxLineBytes + 1)
        if let newline = view[(view.startIndex + searched)..<(view.startIndex + limit)].firstIndex(of: UInt8(ascii: "\n")) {
            searched = 0
            let length = newline - view.startIndex
            let line = buffer.readSlice(length: length)!
            buffer.moveReaderIndex(forwardBy: 1)
            emit(line, context: context)
            return .continue
        }
        searched = limit
        if view.count > maxLineBytes {
            discarding = true
            searched = 0
            buffer.moveReaderIndex(forwardBy: buffer.readableBytes)
            context.fireChannelRead(Self.wrapInboundOut(.tooLarge))
        }
        return .needMoreData
    }

    mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        while try decode(context: context, buffer: &buffer) == .continue {}
        if !discarding, buffer.readableBytes > 0 {
            let rest = buffer.readSlice(length: buffer.readableBytes)!
            emit(rest, context: context)
        }
        return .needMoreData
    }

    private func emit(_ line: ByteBuffer, context: ChannelHandlerContext) {
        var line = line
        if line.readableBytesView.last == UInt8(ascii: "\r") {
            line.moveWriterIndex(to: line.writerIndex - 1)
        }
        let blank = line.readableBytesView.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
        if blank { return }
        context.fireChannelRead(Self.wrapInboundOut(.line(line)))
    }
}

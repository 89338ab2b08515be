package kist.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import kist.diag.Diagnostic;
import kist.diag.Outcome;

/** UTF-8 decoding that says where a file stops being UTF-8. */
public final class TextDecoding {
    private TextDecoding() {
    }

    public static Outcome<SourceFile> decode(String path, byte[] bytes) {
        int start = hasByteOrderMark(bytes) ? 3 : 0;
        // the quick decoder puts U+FFFD where bytes are not UTF-8; only then is the strict one needed,
        // to say where (or to find the file holds a real U+FFFD)
        String quick = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (quick.indexOf('\uFFFD') < 0) {
            return Outcome.of(new SourceFile(path, normalizeLineEndings(quick)), java.util.List.of());
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            String before = normalizeLineEndings(out.flip().toString());
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            int column = before.length() - before.lastIndexOf('\n');
            return Outcome.failed(Diagnostic.error(path, line, column,
                    String.format(java.util.Locale.ROOT, "not valid UTF-8 (byte 0x%02X)", bytes[in.position()] & 0xff),
                    "save the file as UTF-8 (most editors offer \"Save with encoding\")"));
        }
        decoder.flush(out);
        return Outcome.of(new SourceFile(path, normalizeLineEndings(out.flip().toString())), java.util.List.of());
    }

    private static boolean hasByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
    }

    static String normalizeLineEndings(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}

// Arbitrary bytes given to the per-line encoding detection and the decoders: they never crash, and they agree
// with Qt's own UTF-8 decoder on what valid UTF-8 is.
#include "fuzzing.h"

#include "textdecoding.h"

#include <QStringDecoder>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace TextDecoding;
    const QByteArray bytes = Fuzzing::bytes(data, size);

    QStringDecoder qtUtf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    const QString qtText = qtUtf8(bytes);
    const bool valid = isValidUtf8(bytes);
    FUZZ_CHECK(valid == !qtUtf8.hasError());
    if (isAscii(bytes))
        FUZZ_CHECK(valid);

    const Decoded decoded = decodeLine(bytes);
    FUZZ_CHECK(decoded.text.isEmpty() == bytes.isEmpty()); // a line never looks empty when it is not
    if (valid && !hasJisEscape(bytes)) {
        FUZZ_CHECK(classify(bytes) == Encoding::Utf8);
        FUZZ_CHECK(decoded.encoding == Encoding::Utf8 && decoded.text == qtText);
    }

    for (const Encoding encoding : { Encoding::Utf8, Encoding::ShiftJis, Encoding::EucJp, Encoding::Iso2022Jp, Encoding::Latin1 })
        decodeAs(bytes, encoding);
    FUZZ_CHECK(decodeAs(bytes, Encoding::Latin1).size() == bytes.size());

    const QString words = decodeEncodedWords(decoded.text);
    if (!decoded.text.contains(u"=?"))
        FUZZ_CHECK(words == decoded.text);

    for (const QChar c : withVisibleControls(decoded.text))
        FUZZ_CHECK(c.unicode() >= 0x20 && c.unicode() != 0x7f);
    return 0;
}

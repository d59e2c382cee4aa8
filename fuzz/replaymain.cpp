// The main() of a fuzz target built without libFuzzer: runs the target once on each saved input (past crashes in
// fuzz/regressions/, the bundled samples), so the ordinary and the sanitizer test runs check them every time.
//   fuzz_NAME FILE|DIR... [--joined DIR]
// --joined DIR: the files of DIR as one input, each after a form-feed line naming it (fuzz_tracer reads them
// as separate logs of one collection).
#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

QStringList filesIn(const QString& path)
{
    if (!QFileInfo(path).isDir())
        return { path };
    QStringList files;
    QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort(); // the same order on every run
    return files;
}

bool read(const QString& path, QByteArray* bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s: %s\n", qPrintable(path), qPrintable(file.errorString()));
        return false;
    }
    *bytes = file.readAll();
    return true;
}

int run(const QByteArray& input)
{
    return LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.constData()), std::size_t(input.size()));
}

} // namespace

int main(int argc, char** argv)
{
    int inputs = 0;
    for (int i = 1; i < argc; ++i) {
        const bool joined = QByteArrayView(argv[i]) == "--joined" && i + 1 < argc;
        const QString path = QString::fromLocal8Bit(argv[joined ? ++i : i]);
        QByteArray all;
        for (const QString& file : filesIn(path)) {
            QByteArray bytes;
            if (!read(file, &bytes))
                return 1;
            if (joined) {
                all += "\f" + QDir(path).relativeFilePath(file).toUtf8() + '\n' + bytes;
                if (!all.endsWith('\n'))
                    all += '\n';
                continue;
            }
            run(bytes);
            ++inputs;
        }
        if (joined) {
            run(all);
            ++inputs;
        }
    }
    if (inputs == 0) {
        std::fprintf(stderr, "no inputs: give files or folders of saved inputs\n");
        return 1;
    }
    std::printf("%d inputs ran without a failed check\n", inputs);
    return 0;
}

// A stand-in for libFuzzer's main where the fuzz targets are built without it (GCC, or without
// SHARDDESK_FUZZ): runs LLVMFuzzerTestOneInput once on every file named, or every file of every
// directory named. The seed corpora run this way under ctest, and under the sanitizers in the
// SHARDDESK_SANITIZE tree.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cstdint>
#include <cstdio>
#include <cstring>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace {
bool runFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return false;
    }
    const QByteArray data = file.readAll();
    // A heap copy of exactly the input's size, so ASan sees any read past its end.
    auto *copy = new std::uint8_t[size_t(data.size()) + 1];
    std::memcpy(copy, data.constData(), size_t(data.size()));
    LLVMFuzzerTestOneInput(data.isEmpty() ? nullptr : copy, size_t(data.size()));
    delete[] copy;
    return true;
}
} // namespace

int main(int argc, char **argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    int inputs = 0;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg.startsWith(u'-'))
            continue; // libFuzzer options do not apply here
        if (QFileInfo(arg).isDir()) {
            QDirIterator it(arg, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                if (!runFile(it.next()))
                    return 2;
                ++inputs;
            }
        } else {
            if (!runFile(arg))
                return 2;
            ++inputs;
        }
    }
    std::printf("%s: %d inputs, no crash\n", argv[0], inputs);
    return inputs > 0 ? 0 : 1;
}

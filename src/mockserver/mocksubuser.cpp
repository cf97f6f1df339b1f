#include "mocksubuser.h"

#include "mockreaders.h"

QString MockSubUser::passwordFor(const QString &userId, int generation)
{
    // Offset from the proxy passwords' (order, row) space so that the two never look alike.
    return MockReaders::password(userId.toLongLong() + (qint64(1) << 40), generation);
}

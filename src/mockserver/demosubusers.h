#pragma once

#include "mockorder.h"

#include <QList>

class MockCatalog;
class MockResidentialPools;

// The demo account's residential sub-users: standart 7, premium 3, with names, allotments of
// 5..50 GB and spent traffic from its own generator (seed ^ 0x15), so the seeded orders stay as
// they were. In each pool the first user has spent everything, the second about 95 %, the third
// nothing. A pool's purchased GB is its orders' quantities plus the users' allotments, so the
// demo stays consistent whatever orders the seed produced.
class DemoSubUsers final
{
public:
    static void fill(MockResidentialPools &pools, const MockCatalog &catalog,
                     const QList<MockOrder> &orders, quint32 seed);
};

#pragma once

#include "mockresponse.h"

class MockRequest;

// GET /user/api/proxies/countries | regions | cities: where the residential pools reach, per
// proxy_type, as `{count, results}` (the contract's paged shape, sent whole). A fixed sample:
// enough places to pick from, a region with no cities and a city-state without a region.
class MockGeo final
{
public:
    enum class Level { Countries, Regions, Cities };

    static MockResponse answer(Level level, const MockRequest &request);
};

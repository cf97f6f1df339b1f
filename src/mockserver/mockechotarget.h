#pragma once

#include "mockresponse.h"

#include <optional>

struct MockRequest;

// The loopback target the proxy checker measures through a proxy, served next to the User API
// (not part of it, so no API key): GET /echo/ip answers {"ip":"<caller>","country":null} with
// the address the server saw (IPv4 form for ::ffff:a.b.c.d), like a public IP-echo service;
// GET /echo/status/<code> answers that status with a short text body (a target that fails).
class MockEchoTarget final
{
public:
    // The answer for an /echo/ path; nullopt for any other path.
    static std::optional<MockResponse> answer(const MockRequest &request);
};

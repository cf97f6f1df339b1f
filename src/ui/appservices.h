#pragma once

class AccountService;
class ApiClient;
class ConnectionStatus;
class OrderEditor;
class OrderService;
class OrderStore;
class RenewalWatch;
class SignInService;
class TokenStore;

// What the composition root hands to the windows: the services, built once in main().
struct AppServices
{
    ApiClient *client = nullptr;
    SignInService *signIn = nullptr;
    AccountService *account = nullptr;
    OrderService *orders = nullptr;
    OrderStore *store = nullptr;
    ConnectionStatus *connection = nullptr;
    TokenStore *tokens = nullptr;
    OrderEditor *editor = nullptr; // changes to orders: auto-renew, tag, cycle, renewal
    RenewalWatch *alerts = nullptr; // expiring orders and the renewal funding check; optional
};

#pragma once

class CatalogService;
class PurchaseController;
class PurchaseRequest;

// What every wizard page works with; all of it is owned by the PurchaseWizard. The draft is
// the choice so far; pages write their step into it and read the others.
struct PurchaseContext
{
    CatalogService *catalog = nullptr;
    PurchaseController *controller = nullptr;
    PurchaseRequest *draft = nullptr;
};

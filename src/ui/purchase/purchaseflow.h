#pragma once

#include "purchase/purchaserefusal.h"

struct Product;

// The order of the wizard's pages for a product, and which page fixes which refusal. Kept out
// of the pages so that the whole route can be read (and tested) in one place.
namespace PurchaseFlow {

enum Page { ProductPage, LocationPage, CyclePage, OptionsPage, ReviewPage, ResultPage };

// Datacenter and ISP, or any product the catalogue lists with locations.
bool needsLocation(const Product *product);
// Everything but the lifetime products (Standart and Premium Residential).
bool needsCycle(const Product *product);
// -1 after the last page.
int nextPage(Page current, const Product *product);
// The page where the person can change what the server refused.
Page pageToFix(PurchaseRefusal::Reason reason, const Product *product);

} // namespace PurchaseFlow

#pragma once

#include "core/customers/CustomerTypes.h"
#include "core/tickets/TicketTypes.h"

#include <QStringList>
#include <span>

namespace ingot {

// Word pools for realistic demo data: provinces and their cities by region, company name parts,
// people's names, ticket titles per category.
struct ProvinceCities {
    Region region;
    const char* province;
    std::span<const char* const> cities;
};

class SeedVocabulary final {
public:
    static std::span<const ProvinceCities> provinces();
    static std::span<const char* const> companyStems();
    static std::span<const char* const> industries();
    static std::span<const char* const> surnames();
    static std::span<const char* const> givenNames();
    static std::span<const char* const> pinyinSurnames();  // parallel to surnames()
    static std::span<const char* const> grades();
    static std::span<const char* const> titlesFor(Category category);
    static std::span<const char* const> descriptionsFor(Category category);
};

}  // namespace ingot

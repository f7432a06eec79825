#include "GuiTestDatabase.h"

#include <QCoreApplication>
#include <QSettings>
#include <gtest/gtest.h>

namespace ingot::test {

void isolateSettings(const QString& dir)
{
    QCoreApplication::setOrganizationName(QStringLiteral("IngotDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("gui_tests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir);
    QSettings().clear();
}

GuiTestDatabase::GuiTestDatabase()
{
    isolateSettings(m_dir.filePath(QStringLiteral("settings")));
    m_path = m_dir.filePath(QStringLiteral("desk.db"));
    auto opened = SqliteStore::open(m_path);
    if (!opened)
        ADD_FAILURE() << "cannot open test database: " << opened.error().text().toStdString();
    else
        m_store = std::move(opened).value();
    m_service = std::make_unique<TicketService>(*m_store, m_clock);
}

QString GuiTestDatabase::titleOf(int i)
{
    static const QStringList titles{QStringLiteral("Porosity on batch"), QStringLiteral("Oxide film complaint"),
                                    QStringLiteral("Bundle strap broken"), QStringLiteral("Late delivery")};
    return QStringLiteral("%1 %2").arg(titles.at(i % titles.size())).arg(i);
}

void GuiTestDatabase::addCustomers(int count)
{
    const Status st = m_store->write([&]() -> Status {
        for (int i = 1; i <= count; ++i) {
            Customer c;
            c.code = QStringLiteral("C%1").arg(i, 3, 10, QLatin1Char('0'));
            c.name = i == 1 ? QStringLiteral("江苏华宇蓄电池有限公司") : QStringLiteral("Customer %1 Battery Co").arg(i);
            c.region = allRegions().at(i % allRegions().size());
            c.province = QStringLiteral("江苏");
            c.city = i == 1 ? QStringLiteral("南京") : QStringLiteral("City%1").arg(i);
            c.annualVolumeT = 100.0 * i;
            c.cooperationYears = i % 7;
            c.tier = allTiers().at(i % 3);
            c.contactName = QStringLiteral("张工");
            c.phone = QStringLiteral("13800000000");
            if (auto s = m_store->customers().upsert(c); !s)
                return s;
            Order o;
            o.orderNo = QStringLiteral("SO-%1").arg(i, 4, 10, QLatin1Char('0'));
            o.customerCode = c.code;
            o.grade = QStringLiteral("Pb99.994");
            o.batchNo = QStringLiteral("B2026%1").arg(i, 4, 10, QLatin1Char('0'));
            o.quantityT = 25;
            o.valueFen = 25 * 1600000;
            if (auto s = m_store->orders().upsert(o); !s)
                return s;
        }
        return success();
    });
    ASSERT_TRUE(st.ok()) << st.error().text().toStdString();
}

void GuiTestDatabase::addTechnicians(int count)
{
    const Status st = m_store->write([&]() -> Status {
        for (int i = 1; i <= count; ++i) {
            Technician t;
            t.login = QStringLiteral("tech%1").arg(i);
            t.name = QStringLiteral("Technician %1").arg(i);
            t.region = Region::East;
            t.level = TechnicianLevel::Senior;
            if (auto s = m_store->technicians().upsert(t); !s)
                return s;
        }
        return success();
    });
    ASSERT_TRUE(st.ok()) << st.error().text().toStdString();
}

QStringList GuiTestDatabase::addTickets(int count)
{
    QStringList numbers;
    auto first = m_store->customers().findByCode(QStringLiteral("C001"));
    EXPECT_TRUE(first.ok()) << "add customers first";
    if (!first)
        return numbers;
    const qint64 now = m_clock.now();
    const Status st = m_store->write([&]() -> Status {
        for (int i = 0; i < count; ++i) {
            Ticket t;
            auto number = m_store->tickets().allocateNumber(2026);
            if (!number)
                return number.error();
            t.number = *number;
            t.customerCode = first->code;
            t.customerName = first->name;
            t.tier = first->tier;
            t.region = first->region;
            t.category = allCategories().at(i % allCategories().size());
            t.priority = priorityOf(i);
            t.channel = Channel::Phone;
            t.title = titleOf(i);
            t.state.reportedAt = now - 3600 - (count - i) * 60;  // later tickets are newer
            t.state.lastEventAt = t.state.reportedAt;
            if (auto s = m_store->tickets().insert(t); !s)
                return s;
            numbers << t.number;
        }
        return success();
    });
    EXPECT_TRUE(st.ok()) << st.error().text().toStdString();
    return numbers;
}

Ticket GuiTestDatabase::createTicket(const QString& customerCode, const QString& title, Priority priority)
{
    NewTicket in;
    in.customerCode = customerCode;
    in.title = title;
    in.priority = priority;
    in.category = Category::Porosity;
    in.reportedAt = m_clock.now() - 60;  // newer than every addTickets() ticket
    auto created = m_service->create(in, QStringLiteral("tester"));
    EXPECT_TRUE(created.ok()) << (created ? std::string() : created.error().text().toStdString());
    return created ? created.value() : Ticket{};
}

}  // namespace ingot::test

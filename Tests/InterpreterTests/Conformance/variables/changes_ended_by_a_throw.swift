// A change that a Swift `throw` interrupts still ends its access as the error goes on: an
// `inout` argument, or `self` of a mutating method, is written back, calling observers and
// setters on the way.
enum Failure: Error { case late }
func bumpThenFail(_ v: inout Int) throws {
    v += 100
    throw Failure.late
}
var total = 1 { didSet { print("total", oldValue, "->", total) } }
do { try bumpThenFail(&total) } catch { print("caught", total) }

struct Account {
    var balance = 0 { didSet { print("balance", oldValue, "->", balance) } }
    mutating func withdraw(_ amount: Int) throws {
        balance -= amount
        if balance < 0 { throw Failure.late }
    }
}
var account = Account() { didSet { print("account now", account.balance) } }
do { try account.withdraw(5) } catch { print("caught", account.balance) }
do { try bumpThenFail(&account.balance) } catch { print("caught", account.balance) }

var stored = 0
var doubled: Int {
    get { stored * 2 }
    set { print("set doubled", newValue); stored = newValue / 2 }
}
do { try bumpThenFail(&doubled) } catch { print("caught", stored) }

final class Meter { var reading = 0 { didSet { print("reading", oldValue, "->", reading) } } }
let meter = Meter()
do { try bumpThenFail(&meter.reading) } catch { print("caught", meter.reading) }

struct Grid {
    var cells = [0, 0]
    subscript(i: Int) -> Int {
        get { cells[i] }
        set { print("cell", i, "=", newValue); cells[i] = newValue }
    }
}
var grid = Grid()
do { try bumpThenFail(&grid[1]) } catch { print("caught", grid.cells) }
// expect: total 1 -> 101
// expect: caught 101
// expect: balance 0 -> -5
// expect: account now -5
// expect: caught -5
// expect: balance -5 -> 95
// expect: account now 95
// expect: caught 95
// expect: set doubled 100
// expect: caught 50
// expect: reading 0 -> 100
// expect: caught 100
// expect: cell 1 = 100
// expect: caught [0, 100]

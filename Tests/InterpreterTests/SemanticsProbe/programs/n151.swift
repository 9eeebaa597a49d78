class Account { static var count = 0; let id: Int; var balance: Double
  init(_ b: Double) { Account.count += 1; id = Account.count; balance = b }
  func withdraw(_ x: Double) -> Bool { guard x <= balance else { return false }; balance -= x; return true }
}
class Savings: Account { var rate = 0.02; override func withdraw(_ x: Double) -> Bool { x > 100 ? false : super.withdraw(x) } }
let accs = [Account(50), Savings(500)]
print(accs.map { $0.withdraw(120) }, accs.map { $0.balance }, accs.map { $0.id }, Account.count)

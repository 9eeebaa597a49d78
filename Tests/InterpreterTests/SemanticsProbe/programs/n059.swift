import Foundation
struct Account {
  private(set) var balance = 0.0
  mutating func deposit(_ x: Double) { balance += x }
  var formatted: String { String(format: "$%.2f", balance) }
}
var acc = Account()
acc.deposit(10.005); acc.deposit(0.1)
print(acc.balance, acc.formatted)
let copy = acc
acc.deposit(1)
print(copy.balance, acc.balance)

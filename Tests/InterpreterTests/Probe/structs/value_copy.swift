struct Account { var balance: Double }
var a = Account(balance: 100)
var b = a
b.balance -= 30
print(a.balance, b.balance)
var list = [a, b]
list[0].balance = 0
print(a.balance, list[0].balance)

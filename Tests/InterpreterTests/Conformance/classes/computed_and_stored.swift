class Account {
    var balance = 0.0
    var history: [Double] = []
    var isEmpty: Bool { balance == 0 }
    var doubled: Double {
        get { balance * 2 }
        set { balance = newValue / 2 }
    }
    func deposit(_ amount: Double) {
        balance += amount
        history.append(amount)
    }
}
let acct = Account()
print(acct.isEmpty)
acct.deposit(10)
acct.deposit(5)
acct.doubled = 40
print(acct.balance, acct.history, acct.isEmpty)
// expect: true
// expect: 20.0 [10.0, 5.0] false

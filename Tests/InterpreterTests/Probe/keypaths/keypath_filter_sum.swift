struct Order { var qty: Int; var paid: Bool }
let orders = [Order(qty: 3, paid: true), Order(qty: 5, paid: false), Order(qty: 2, paid: true)]
print(orders.filter(\.paid).map(\.qty).reduce(0, +))

struct Item { let name: String; let price: Double }
let items = [Item(name: "pen", price: 1.5), Item(name: "book", price: 12), Item(name: "cup", price: 4.25)]
for i in items.sorted(by: { $0.price > $1.price }) {
    print(i.name, i.price)
}
print(items.map { $0.name }.sorted())

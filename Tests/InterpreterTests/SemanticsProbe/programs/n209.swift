class Bag { var items = [1, 2] }
let b = Bag()
for x in b.items { if x < 3 { b.items.append(x + 2) } }
print(b.items)

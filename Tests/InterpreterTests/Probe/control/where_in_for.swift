let values = [3, -2, 8, 0, -7, 5]
for v in values where v > 0 {
    print(v, terminator: ",")
}
print()

let values = [2.5, 3.5, -2.5, 2.4999, 1.005]
for v in values {
    print(v.rounded(), v.rounded(.down), v.rounded(.up), v.rounded(.towardZero))
}
print((2.5).rounded(.toNearestOrEven))

let a = 1 / pow(11.0, 2)
print(a)
// expect error: 1:13 ambiguous use of 'pow'

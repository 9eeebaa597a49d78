let y = sin(.pi) + 1
print(y)
// expect error: 1:14 ambiguous use of 'pi'

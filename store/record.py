"""Plain records for the modules on the command line's start path, without `dataclasses`.

`dataclasses` imports `inspect` (with ast, dis and tokenize) and compiles every class's
methods with exec: about 40 M instructions (~10 ms) to import and 4.5 M (~1 ms) a class,
paid by each `dateline events` before it reads a row. A record gets the same __init__
(fields in order, defaults, default factories, then __post_init__), __repr__ (fields
with repr=True), __eq__ (fields with
compare=True, same class only) and, when frozen, __hash__ and read-only attributes, from
functions shared by all records: setting a class up costs microseconds.
"""

from __future__ import annotations

_MISSING = object()


class FrozenInstanceError(AttributeError):
    """An attribute of a frozen record was assigned or deleted."""


class Field:
    __slots__ = ("default", "default_factory", "compare", "repr")

    def __init__(self, default=_MISSING, default_factory=None, compare=True, repr=True):
        self.default, self.default_factory = default, default_factory
        self.compare, self.repr = compare, repr


def field(*, default=_MISSING, default_factory=None, compare: bool = True, repr: bool = True):
    """A field's default made by `default_factory` for each record, or left out of == or
    of the repr."""
    return Field(default, default_factory, compare, repr)


def record(cls=None, *, frozen: bool = False):
    """@record or @record(frozen=True) on a class of annotated fields."""
    def wrap(cls):
        return _make(cls, frozen)
    return wrap if cls is None else wrap(cls)


def replace(obj, **changes):
    """A copy of the record with some fields changed (dataclasses.replace)."""
    values = {name: getattr(obj, name) for name in obj.__record_fields__}
    unknown = set(changes) - set(values)
    if unknown:
        raise TypeError(f"{type(obj).__name__} has no field {sorted(unknown)[0]!r}")
    values.update(changes)
    return type(obj)(**values)


def _make(cls, frozen: bool):
    names = tuple(cls.__dict__.get("__annotations__", {}))
    defaults: dict = {}
    factories: dict = {}
    compared = []
    hidden = set()
    for name in names:
        value = cls.__dict__.get(name, _MISSING)
        if isinstance(value, Field):
            if value.default_factory is not None:
                factories[name] = value.default_factory
                delattr(cls, name)
            elif value.default is not _MISSING:
                defaults[name] = value.default
                setattr(cls, name, value.default)
            else:
                delattr(cls, name)
            if value.compare:
                compared.append(name)
            if not value.repr:
                hidden.add(name)
        else:
            if value is not _MISSING:
                defaults[name] = value
            compared.append(name)
        if name not in defaults and name not in factories and (defaults or factories):
            raise TypeError(f"non-default argument {name!r} follows default argument")
    compared = tuple(compared)
    shown = tuple(name for name in names if name not in hidden)
    title = cls.__name__
    post_init = getattr(cls, "__post_init__", None)

    def __init__(self, *args, **kwargs):
        if len(args) > len(names):
            raise TypeError(f"{title}() takes {len(names)} positional arguments but "
                            f"{len(args)} were given")
        d = self.__dict__
        for i, name in enumerate(names):
            if i < len(args):
                if name in kwargs:
                    raise TypeError(f"{title}() got multiple values for argument {name!r}")
                d[name] = args[i]
            elif name in kwargs:
                d[name] = kwargs[name]
            elif name in defaults:
                d[name] = defaults[name]
            elif name in factories:
                d[name] = factories[name]()
            else:
                raise TypeError(f"{title}() missing required argument: {name!r}")
        if len(kwargs) + len(args) > len(names) or not set(kwargs).issubset(names):
            extra = sorted(set(kwargs).difference(names))
            raise TypeError(f"{title}() got an unexpected keyword argument {extra[0]!r}")
        if post_init is not None:
            post_init(self)

    def __repr__(self):
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in shown)
        return f"{type(self).__qualname__}({inner})"

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (tuple(getattr(self, n) for n in compared)
                == tuple(getattr(other, n) for n in compared))

    cls.__record_fields__ = names
    cls.__init__ = __init__
    if "__repr__" not in cls.__dict__:
        cls.__repr__ = __repr__
    if "__eq__" not in cls.__dict__:
        cls.__eq__ = __eq__
    if frozen:
        def __hash__(self):
            return hash(tuple(getattr(self, n) for n in compared))

        def __setattr__(self, name, value):
            raise FrozenInstanceError(f"cannot assign to field {name!r}")

        def __delattr__(self, name):
            raise FrozenInstanceError(f"cannot delete field {name!r}")

        cls.__hash__, cls.__setattr__, cls.__delattr__ = __hash__, __setattr__, __delattr__
    else:
        cls.__hash__ = None
    for f in (__init__, __repr__, __eq__):
        f.__qualname__ = f"{cls.__qualname__}.{f.__name__}"
    return cls

import socket


def redis_available() -> bool:
    """Whether a Redis answers on 127.0.0.1:6379, the tests' real one."""
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
    except OSError:
        return False
    return True


def free_port() -> int:
    """A local TCP port nothing listens on, for a server a test starts."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
